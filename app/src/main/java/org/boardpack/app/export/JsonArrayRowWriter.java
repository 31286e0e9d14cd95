package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** Rows as one pretty JSON array: the same bytes as a pretty-printed list, {@code [ ]} when empty. */
public final class JsonArrayRowWriter implements RowWriter {

    private final ObjectMapper json;

    public JsonArrayRowWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public <R extends Record> long write(RowSource<R> source, Iterator<? extends R> rows, Writer out) throws IOException {
        long n = 0;
        try (SequenceWriter w = json.writerWithDefaultPrettyPrinter().writeValuesAsArray(RowsWriter.nonClosing(out))) {
            while (rows.hasNext()) {
                w.write(rows.next());
                n++;
            }
        }
        out.write('\n');
        return n;
    }
}
