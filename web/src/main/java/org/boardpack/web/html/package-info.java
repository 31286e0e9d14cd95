/**
 * The server's HTML pages: search with facets, a meeting, a person, the decisions table and the
 * action register. Server-rendered, every value HTML-escaped as it is written, readable without
 * colour and usable by keyboard; a small script only adds shortcuts.
 */
package org.boardpack.web.html;
