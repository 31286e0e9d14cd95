/**
 * The query use-cases over an index: a meeting gathered from every file that speaks of it, the
 * people a name means, the action register's criteria (words, status, owner, overdue), and whether
 * a body filter names a body the index has. Results are values a front end renders as it likes.
 */
package org.boardpack.app.query;
