package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes flat rows for machines: a pretty JSON array, one compact object per line, or CSV (RFC
 * 4180: a header row of the field names, CRLF line ends, cells quoted when they hold a comma, a
 * quote or a line break) with one row per record, each cell as its {@link RowSource} renders it.
 */
final class RowsWriter {

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

    RowsWriter(ObjectMapper json) {
        this.json = json;
    }

    void write(RowFormat format, RowSource source, List<ObjectNode> rows, Writer out) throws IOException {
        switch (format) {
            case json -> {
                out.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                out.write('\n');
            }
            case jsonl -> {
                for (ObjectNode row : rows) {
                    out.write(json.writeValueAsString(row));
                    out.write('\n');
                }
            }
            case csv -> csv(source, rows, out);
        }
    }

    private void csv(RowSource source, List<ObjectNode> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            // Jackson writes the header with the first row; an empty export still names its columns
            out.write(String.join(",", source.columns()) + "\r\n");
            return;
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        source.columns().forEach(schema::addColumn);
        try (SequenceWriter w = csv.writerFor(Map.class).with(schema.build()).writeValues(nonClosing(out))) {
            for (ObjectNode row : rows) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : source.columns()) {
                    cells.put(column, source.csvCell(column, row.get(column)));
                }
                w.write(cells);
            }
        }
    }

    /** The caller owns the writer (it may be stdout); the CSV writer must only flush it. */
    private static Writer nonClosing(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
