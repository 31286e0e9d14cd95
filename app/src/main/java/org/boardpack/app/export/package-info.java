/**
 * The export shapes and writers: one typed record per row shape ({@code ActionRow},
 * {@code DecisionRow}, {@code AttendanceRow}, {@code AgendaRow}, {@code TableRow}; the register's
 * {@code LinkedAction}), each a record's fields with its meeting, body, date, file and page, from
 * the row sources ({@link org.boardpack.app.export.RowSources}); the writers of rows (JSON array,
 * JSON Lines, CSV, behind {@code RowWriter}) and of detected tables.
 */
package org.boardpack.app.export;
