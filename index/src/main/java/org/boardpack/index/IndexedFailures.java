package org.boardpack.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Reads the failures kept in an index (what {@code boardpack failures} lists); needs no lock. */
public final class IndexedFailures {

    private IndexedFailures() {
    }

    /** The failures of the last committed state, by path. */
    public static List<FailureRecord> read(Path dir) throws IndexException {
        if (!Files.isDirectory(dir)) {
            throw IndexException.of(dir, "no index here; run 'boardpack ingest' first", null);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw IndexException.of(dir, "no index here; run 'boardpack ingest' first", null);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexIntegrity.requireIntact(dir, reader);
                return FailureDocuments.readAll(new IndexSearcher(reader));
            }
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the failures in the index", e);
        }
    }
}
