package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/** Rows as JSON Lines: one compact object per line. */
public final class JsonLinesRowWriter implements RowWriter {

    private final ObjectMapper json;

    public JsonLinesRowWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public <R extends Record> long write(RowSource<R> source, Iterator<? extends R> rows, Writer out) throws IOException {
        long n = 0;
        while (rows.hasNext()) {
            out.write(json.writeValueAsString(rows.next()));
            out.write('\n');
            n++;
        }
        return n;
    }
}
