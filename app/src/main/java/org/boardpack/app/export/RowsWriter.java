package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.boardpack.index.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes flat rows for machines: a pretty JSON array, one compact object per line, or CSV (RFC
 * 4180: a header row of the field names, CRLF line ends, cells quoted when they hold a comma, a
 * quote or a line break) with one row per record, each cell as its {@link RowSource} renders it.
 */
public final class RowsWriter {

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();
    private final boolean csvRaw;

    public RowsWriter(ObjectMapper json) {
        this(json, false);
    }

    /** @param csvRaw write CSV cells as they are, formula starters included ({@link CsvCells}) */
    public RowsWriter(ObjectMapper json, boolean csvRaw) {
        this.json = json;
        this.csvRaw = csvRaw;
    }

    /** Writes the rows in the given list: see {@link #write(RowFormat, RowSource, Iterator, Writer)}. */
    public long write(RowFormat format, RowSource source, List<ObjectNode> rows, Writer out) throws IOException {
        return write(format, source, rows.iterator(), out);
    }

    /**
     * Writes each row as it is taken from {@code rows}, so the rows are never all in memory (the
     * iterator reads them from the index as it goes); returns how many were written.
     */
    public long write(RowFormat format, RowSource source, Iterator<ObjectNode> rows, Writer out) throws IOException {
        long n = 0;
        switch (format) {
            case json -> {
                // the same bytes as a pretty-printed list: "[ {", "}, {", "} ]", and "[ ]" when empty
                try (SequenceWriter w = json.writerWithDefaultPrettyPrinter().writeValuesAsArray(nonClosing(out))) {
                    while (rows.hasNext()) {
                        w.write(rows.next());
                        n++;
                    }
                }
                out.write('\n');
            }
            case jsonl -> {
                while (rows.hasNext()) {
                    out.write(json.writeValueAsString(rows.next()));
                    out.write('\n');
                    n++;
                }
            }
            case csv -> n = csv(source, rows, out);
        }
        return n;
    }

    private long csv(RowSource source, Iterator<ObjectNode> rows, Writer out) throws IOException {
        if (!rows.hasNext()) {
            // Jackson writes the header with the first row; an empty export still names its columns
            out.write(String.join(",", source.columns()) + "\r\n");
            return 0;
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        source.columns().forEach(schema::addColumn);
        long n = 0;
        try (SequenceWriter w = csv.writerFor(Map.class).with(schema.build()).writeValues(nonClosing(out))) {
            while (rows.hasNext()) {
                ObjectNode row = rows.next();
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : source.columns()) {
                    cells.put(column, CsvCells.cell(source.csvCell(column, row.get(column)), csvRaw));
                }
                w.write(cells);
                n++;
            }
        }
        return n;
    }

    /** The caller owns the writer (it may be stdout); the CSV writer must only flush it. */
    public static Writer nonClosing(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
