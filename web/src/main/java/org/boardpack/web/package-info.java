/**
 * {@code boardpack serve}: a read-only local web server over the application layer's queries
 * (search, meetings, people, decisions, the action register, export rows), as HTML pages and a
 * JSON API, serving only the PDFs that are in the index.
 */
package org.boardpack.web;
