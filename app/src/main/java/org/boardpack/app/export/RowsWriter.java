package org.boardpack.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;

/**
 * Writes typed rows for machines in the format asked for: the entry point callers keep, over the
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
    public <R extends Record> long write(RowFormat format, RowSource<R> source, List<? extends R> rows, Writer out)
            throws IOException {
        return write(format, source, rows.iterator(), out);
    }

    /**
     * Writes each row as it is taken from {@code rows}, so the rows are never all in memory (the
     * iterator reads them from the index as it goes); returns how many were written.
     */
    public <R extends Record> long write(RowFormat format, RowSource<R> source, Iterator<? extends R> rows, Writer out)
            throws IOException {
        return format.writer(json, csvRaw).write(source, rows, out);
    }

    /**
     * Writes the rows the selection picks from the index, read as they are written: what
     * {@code export TYPE} does, for a source of any row type.
     */
    public <R extends Record> long write(RowFormat format, RowSource<R> source, PackSearcher searcher,
                                         RecordSelection selection, Writer out)
            throws IOException, IndexException, InvalidQueryException {
        return write(format, source, source.each(searcher, selection), out);
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
