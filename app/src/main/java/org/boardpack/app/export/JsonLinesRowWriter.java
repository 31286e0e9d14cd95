package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    public long write(RowSource source, Iterator<ObjectNode> rows, Writer out) throws IOException {
        long n = 0;
        while (rows.hasNext()) {
            out.write(json.writeValueAsString(rows.next()));
            out.write('\n');
            n++;
        }
        return n;
    }
}
