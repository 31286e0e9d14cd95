package org.boardpack.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * Writes typed rows in one format, each row as it is taken (the rows are never all in memory); as
 * tabula-java's writers, one implementation per format ({@link JsonArrayRowWriter},
 * {@link JsonLinesRowWriter}, {@link CsvRowWriter}), chosen by {@link RowFormat#writer}.
 */
public interface RowWriter {

    /** Writes the rows of {@code source} to {@code out} (which the caller owns); returns how many. */
    <R extends Record> long write(RowSource<R> source, Iterator<? extends R> rows, Writer out) throws IOException;
}
