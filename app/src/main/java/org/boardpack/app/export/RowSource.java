package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.UncheckedIndexException;

/**
 * Typed flat rows of one record type with their context (meeting, body, date, path, page): what
 * {@code export TYPE} writes and what the listing commands print. One record type per row shape
 * ({@link ActionRow}, {@link DecisionRow}, …); its components, in order and snake_case, are the
 * columns, which are the record format's field names and never change once published.
 *
 * @param <R> the row type
 */
public interface RowSource<R extends Record> {

    /** The name {@code export} takes: {@code decisions}, {@code actions}, … */
    String name();

    /** The type of the rows: its record components are the columns. */
    Class<R> rowType();

    /** Every field of a row, in order: the JSON objects' fields and the CSV header. */
    default List<String> columns() {
        return columnsOf(rowType());
    }

    /**
     * The rows of the records the selection picks, made as the iterator advances (what an export
     * streams); the selection's types are replaced by this source's. Reading errors met while
     * iterating are {@link org.boardpack.index.UncheckedIndexException}s.
     */
    Iterator<R> each(PackSearcher searcher, RecordSelection selection) throws IndexException, InvalidQueryException;

    /** The same rows as one list, for the listing commands that sort, count or limit them. */
    default List<R> rows(PackSearcher searcher, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        List<R> rows = new ArrayList<>();
        try {
            each(searcher, selection).forEachRemaining(rows::add);
        } catch (UncheckedIndexException e) {
            throw e.getCause();
        }
        return rows;
    }

    /**
     * A field's value, as the JSON of a row has it, as one CSV cell: scalars as text, null as empty,
     * lists and objects as compact JSON.
     */
    default String csvCell(String column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    /** The columns of a row type: its record components' names as the record format writes them (snake_case). */
    static List<String> columnsOf(Class<? extends Record> rowType) {
        PropertyNamingStrategies.NamingBase snake = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
        return Arrays.stream(rowType.getRecordComponents()).map(c -> snake.translate(c.getName())).toList();
    }
}
