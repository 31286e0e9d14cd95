package org.boardpack.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * The output rows of a partition's files, produced one file at a time as Spark's writer asks for
 * them, so a task holds one file's record in memory, not its whole partition's.
 */
final class FlatLines implements Iterator<Row> {

    /** One file to its rows (the work itself). */
    @FunctionalInterface
    interface PerFile {
        List<Row> rows(SourceFile file) throws IOException;
    }

    private final Iterator<SourceFile> files;
    private final PerFile perFile;
    private Iterator<Row> current = Collections.emptyIterator();

    FlatLines(Iterator<SourceFile> files, PerFile perFile) {
        this.files = files;
        this.perFile = perFile;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
            try {
                current = perFile.rows(files.next()).iterator();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return current.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}
