package org.boardpack.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What the last commit of an index holds per file, read with Lucene directly (as any reader of the
 * index would, while a writer may be working on it): its documents and how many are the whole-file
 * {@code pack} document.
 *
 * @param documents per path, every document indexed for it
 * @param packs     per path, how many {@code pack} documents (one when the file is there whole)
 */
record IndexedFiles(Map<String, Integer> documents, Map<String, Integer> packs) {

    /** The last commit's files; empty when nothing has been committed yet. */
    static IndexedFiles read(Path index) throws IOException {
        Map<String, Integer> documents = new TreeMap<>();
        Map<String, Integer> packs = new TreeMap<>();
        try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var fields = stored.document(doc, Set.of("path", "type"));
                documents.merge(fields.get("path"), 1, Integer::sum);
                if ("pack".equals(fields.get("type"))) {
                    packs.merge(fields.get("path"), 1, Integer::sum);
                }
            }
        } catch (IndexNotFoundException e) {
            // no commit yet
        }
        return new IndexedFiles(documents, packs);
    }
}
