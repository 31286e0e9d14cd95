package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

/**
 * Writes flat rows for machines in the format asked for: the entry point callers keep, over the
 * one {@link RowWriter} per format ({@link RowFormat#writer}).
 */
public final class RowsWriter {

    private final ObjectMapper json;
    private final boolean csvRaw;

    public RowsWriter(ObjectMapper json) {
        this(json, false);
    }

    /** @param csvRaw write CSV cells as they are, formula starters included */
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
        return format.writer(json, csvRaw).write(source, rows, out);
    }

    /** The caller owns the writer (it may be stdout); a format's writer must only flush it. */
    public static Writer nonClosing(Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
