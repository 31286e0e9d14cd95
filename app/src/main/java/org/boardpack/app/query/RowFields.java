package org.boardpack.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Reading a flat row's fields for people: text or null, and where to open the source. */
public final class RowFields {

    private RowFields() {
    }

    /** The field as text; null when absent or null. */
    public static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * {@code file:page} with the file's name alone: in a table of many rows the directories of an
     * index's packs repeat on every line and would leave the text no room; {@code --json} has the path.
     */
    public static String location(JsonNode row) {
        String path = text(row, "path");
        if (path == null) {
            return null;
        }
        String page = text(row, "page");
        return Path.of(path).getFileName() + (page == null ? "" : ":" + page);
    }

    /** What an action asks: its description, else (a minutes' action column gives none) its agenda item. */
    public static String actionText(JsonNode row) {
        String description = text(row, "description");
        return description != null ? description : text(row, "item");
    }
}
