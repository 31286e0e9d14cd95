package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.boardpack.index.CsvCells;

/**
 * Rows as RFC 4180 CSV: a header row of the field names, CRLF line ends, cells quoted when they
 * hold a comma, a quote or a line break, each cell as its {@link RowSource} renders it and safe to
 * open in a spreadsheet unless raw cells are asked for ({@link CsvCells}).
 */
public final class CsvRowWriter implements RowWriter {

    private final CsvMapper csv = new CsvMapper();
    private final ObjectMapper json;
    private final boolean raw;

    /**
     * @param json the mapper that writes the JSON exports: a cell holds what the JSON of the row holds
     * @param raw  write cells as they are, formula starters included
     */
    public CsvRowWriter(ObjectMapper json, boolean raw) {
        this.json = json;
        this.raw = raw;
    }

    @Override
    public <R extends Record> long write(RowSource<R> source, Iterator<? extends R> rows, Writer out) throws IOException {
        if (!rows.hasNext()) {
            // Jackson writes the header with the first row; an empty export still names its columns
            out.write(String.join(",", source.columns()) + "\r\n");
            return 0;
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        source.columns().forEach(schema::addColumn);
        long n = 0;
        try (SequenceWriter w = csv.writerFor(Map.class).with(schema.build()).writeValues(RowsWriter.nonClosing(out))) {
            while (rows.hasNext()) {
                JsonNode row = json.valueToTree(rows.next());
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : source.columns()) {
                    cells.put(column, CsvCells.cell(source.csvCell(column, row.get(column)), raw));
                }
                w.write(cells);
                n++;
            }
        }
        return n;
    }
}
