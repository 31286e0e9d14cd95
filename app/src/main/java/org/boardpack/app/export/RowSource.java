package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.UncheckedIndexException;

/**
 * Flat rows of one record type with their context (meeting, body, date, path, page): what
 * {@code export TYPE} writes and what the listing commands print. Field names are the record
 * format's, snake_case, and never change once published.
 */
public interface RowSource {

    /** The name {@code export} takes: {@code decisions}, {@code actions}, … */
    public String name();

    /** Every field of a row, in order: the JSON objects' fields and the CSV header. */
    public List<String> columns();

    /**
     * The rows of the records the selection picks, made as the iterator advances (what an export
     * streams); the selection's types are replaced by this source's. Reading errors met while
     * iterating are {@link org.boardpack.index.UncheckedIndexException}s.
     */
    public Iterator<ObjectNode> each(PackSearcher searcher, RecordSelection selection) throws IndexException, InvalidQueryException;

    /** The same rows as one list, for the listing commands that sort, count or limit them. */
    default List<ObjectNode> rows(PackSearcher searcher, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        List<ObjectNode> rows = new ArrayList<>();
        try {
            each(searcher, selection).forEachRemaining(rows::add);
        } catch (UncheckedIndexException e) {
            throw e.getCause();
        }
        return rows;
    }

    /** A field's value as one CSV cell: scalars as text, null as empty, lists and objects as compact JSON. */
    default String csvCell(String column, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }
}
