package org.boardpack.app.query;

/**
 * One {@code boardpack/1} record read back from the index, typed ({@code Attendance},
 * {@code Action}, {@code Decision}, {@code AgendaItem}), with where it sits.
 */
public record RecordRow<T>(RecordContext context, T record) {
}
