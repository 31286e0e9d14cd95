package org.boardpack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.boardpack.app.query.RecordContext;
import org.boardpack.extract.actions.Action;
import org.boardpack.model.BoardpackCodec;

/** A row's fields as a person reads them in a table: text or null, and where to open the source. */
final class RowFields {

    private RowFields() {
    }

    /** The field of a flat JSON row as text; null when absent or null. */
    static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** A value of the record format's vocabularies as the format writes it ({@code in_attendance}); null for null. */
    static String text(Enum<?> value) {
        return value == null ? null : BoardpackCodec.name(value);
    }

    /** {@link #location(RecordContext)} of a flat JSON row. */
    static String location(JsonNode row) {
        String page = text(row, "page");
        return location(text(row, "path"), page == null ? null : Integer.valueOf(page));
    }

    /**
     * {@code file:page} with the file's name alone: in a table of many rows the directories of an
     * index's packs repeat on every line and would leave the text no room; {@code --json} has the path.
     */
    static String location(RecordContext c) {
        return location(c.path(), c.page());
    }

    private static String location(String path, Integer page) {
        if (path == null) {
            return null;
        }
        return Path.of(path).getFileName() + (page == null ? "" : ":" + page);
    }

    /** What an action asks: its description, else (a minutes' action column gives none) its agenda item. */
    static String actionText(Action a) {
        return a.description() != null ? a.description() : a.item();
    }
}
