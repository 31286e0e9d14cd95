package org.boardpack.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.extract.PackRecord;

/**
 * The only writer of an index. A file's records are replaced as a unit (all Lucene documents of a
 * file share its path) and each file's change is committed on its own, so a crash loses at most
 * the file in hand and never leaves half a file visible.
 */
public final class PackIndexWriter implements AutoCloseable {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final RecordDocuments documents;
    private final String extractorVersion;

    public PackIndexWriter(Path dir, String extractorVersion) throws IndexException {
        this.dir = dir;
        this.extractorVersion = extractorVersion;
        this.documents = new RecordDocuments(BoardpackJson.newMapper(), extractorVersion);
        try {
            Files.createDirectories(dir);
            this.directory = FSDirectory.open(dir);
            IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new IndexException(dir, "cannot open the index for writing", e);
        }
    }

    /** True when this exact content, at this path, was indexed by this extractor version. */
    public boolean isCurrent(String path, String sha256) throws IndexException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.PATH, path)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.SHA256, sha256)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.EXTRACTOR_VERSION, extractorVersion)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = new IndexSearcher(reader).search(q, 1);
            return hits.totalHits.value() > 0;
        } catch (IOException e) {
            throw new IndexException(dir, "cannot read the index", e);
        }
    }

    /** Replaces everything indexed for the record's path with the record, and commits. */
    public void replace(PackRecord pack) throws IndexException {
        try {
            Iterable<Document> docs = documents.of(pack);
            writer.updateDocuments(new Term(IndexFields.PATH, pack.source().path()), docs);
            writer.commit();
        } catch (IOException e) {
            throw new IndexException(dir, "cannot write the records of " + pack.source().path(), e);
        }
    }

    @Override
    public void close() throws IndexException {
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException(dir, "cannot close the index cleanly", e);
        }
    }
}
