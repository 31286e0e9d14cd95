/**
 * The export shapes and writers: flat rows of each record type with their meeting, body, date,
 * file and page ({@link org.boardpack.app.export.RowSources}), the action register's rows, and the
 * writers of rows (JSON array, JSON Lines, CSV) and of detected tables.
 */
package org.boardpack.app.export;
