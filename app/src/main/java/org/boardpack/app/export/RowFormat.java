package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;

/** How rows are written for machines: a JSON array, JSON Lines, or RFC 4180 CSV with a header row. */
public enum RowFormat {
    json, jsonl, csv;

    /** The writer of this format; {@code csvRaw} keeps CSV cells as they are. */
    public RowWriter writer(ObjectMapper mapper, boolean csvRaw) {
        return switch (this) {
            case json -> new JsonArrayRowWriter(mapper);
            case jsonl -> new JsonLinesRowWriter(mapper);
            case csv -> new CsvRowWriter(mapper, csvRaw);
        };
    }
}
