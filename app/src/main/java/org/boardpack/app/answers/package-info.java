/**
 * The query use-cases' answers as JSON, one shape for every front end: what the command line
 * prints with {@code --json} and what the web API ({@code boardpack serve}) returns are the same
 * objects, made here.
 */
package org.boardpack.app.answers;
