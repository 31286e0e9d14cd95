package org.boardpack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Reading a flat row's fields for people: text or null, and where to open the source. */
final class RowFields {

    private RowFields() {
    }

    /** The field as text; null when absent or null. */
    static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** {@code file:page} with the file as the user would type it from here. */
    static String location(JsonNode row) {
        String path = text(row, "path");
        if (path == null) {
            return null;
        }
        String page = text(row, "page");
        return SourceFiles.display(Path.of(path)) + (page == null ? "" : ":" + page);
    }
}
