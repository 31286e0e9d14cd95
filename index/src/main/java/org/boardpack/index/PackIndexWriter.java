package org.boardpack.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;

/**
 * The only writer of an index. A file's records are replaced as a unit (all Lucene documents of a
 * file share its path, and Lucene applies one update of them atomically), and changes become
 * durable at {@link #commit()} (or {@link #close()}): the caller commits in batches, because a
 * commit fsyncs and one per file is slow. A crash, even {@code kill -9}, leaves the last commit:
 * never half a file, at most the changes since that commit lost.
 *
 * <p>One writer at a time: Lucene's {@code write.lock}, held through the OS's native file lock
 * for as long as this writer is open, refuses a second one; because the OS drops that lock when
 * its process dies, a lock left by a killed run needs no clean-up. Beside it this writer notes who
 * it is ({@link LockInfoFile}) so a refused run can name the holder.
 */
public final class PackIndexWriter implements AutoCloseable {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final LockInfoFile lockInfo;
    private final RecordDocuments documents;
    private final String extractorVersion;

    /** @throws IndexLockedException when another writer, in this process or another, holds the index */
    public PackIndexWriter(Path dir, String extractorVersion) throws IndexException, IndexLockedException {
        this(dir, extractorVersion, IndexFields.INDEX_SCHEMA_VERSION);
    }

    /** @param indexSchema the schema mark to write: another than the current one only to test how older indexes are met */
    PackIndexWriter(Path dir, String extractorVersion, String indexSchema) throws IndexException, IndexLockedException {
        this.dir = dir;
        this.extractorVersion = extractorVersion;
        this.documents = new RecordDocuments(BoardpackJson.newMapper(), extractorVersion, indexSchema,
                new PackAcronyms(new AcronymFinder()));
        this.lockInfo = new LockInfoFile(dir);
        Directory opened = null;
        try {
            Files.createDirectories(dir);
            opened = FSDirectory.open(dir, NativeFSLockFactory.INSTANCE);
            IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(opened, config);
            this.directory = opened;
            requireIntact(dir);
        } catch (LockObtainFailedException e) {
            closeQuietly(opened);
            // a note from a dead process is left over from a killed run: the live holder has not
            // written its own yet, so naming the dead one would send the operator the wrong way
            throw new IndexLockedException(dir, lockInfo.read().filter(LockHolder::alive).orElse(null));
        } catch (IOException e) {
            closeQuietly(opened);
            throw IndexException.of(dir, "cannot open the index for writing", e);
        }
        try {
            lockInfo.write(LockHolder.current());
        } catch (IOException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw IndexException.of(dir, "cannot write " + LockInfoFile.NAME + " beside the index's write.lock", e);
        }
    }

    /**
     * Replaces everything indexed for the record's path with the record, in the next commit. The
     * file's failure, if one was kept, goes too: it carries the same path.
     */
    public void replace(PackRecord pack) throws IndexException {
        try {
            Iterable<Document> docs = documents.of(pack);
            writer.updateDocuments(new Term(IndexFields.PATH, pack.source().path()), docs);
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot write the records of " + pack.source().path(), e);
        }
    }

    /**
     * Keeps the failure of a file, replacing its earlier failure, in the next commit. The file's records
     * from an earlier good version are left as they are: nothing indexed is lost because a later
     * version of a file fails, and the failure says the index is behind for it.
     */
    public void recordFailure(FailureRecord failure) throws IndexException {
        try {
            writer.updateDocument(FailureDocuments.key(failure.path()), FailureDocuments.of(failure, extractorVersion));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot record the failure of " + failure.path(), e);
        }
    }

    /**
     * Forgets the failure kept for a file whose indexed records are current again (its content went
     * back to a version that was indexed), in the next commit.
     */
    public void clearFailure(String path) throws IndexException {
        try {
            writer.deleteDocuments(FailureDocuments.key(path));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot clear the failure of " + path, e);
        }
    }

    /** The failures kept in the index, committed or not yet, by path. */
    public List<FailureRecord> failures() throws IndexException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return FailureDocuments.readAll(new IndexSearcher(reader));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the failures in the index", e);
        }
    }

    /** Every path the index holds records or a failure for. */
    public Set<String> paths() throws IndexException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // one pack document per indexed file, one failure document per failed file
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK)), BooleanClause.Occur.SHOULD)
                    .add(FailureDocuments.all(), BooleanClause.Occur.SHOULD)
                    .build();
            StoredFields stored = searcher.storedFields();
            Set<String> paths = new TreeSet<>();
            for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
                paths.add(stored.document(sd.doc, Set.of(IndexFields.PATH)).get(IndexFields.PATH));
            }
            return paths;
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    /** Removes the records and failures of these paths, all in the next commit. */
    public void remove(Collection<String> paths) throws IndexException {
        if (paths.isEmpty()) {
            return;
        }
        try {
            writer.deleteDocuments(paths.stream().map(p -> new Term(IndexFields.PATH, p)).toArray(Term[]::new));
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot remove the records of " + paths.size() + " file(s)", e);
        }
    }

    /** Makes every change so far durable, at once: after a crash the index is as of the last commit. */
    public void commit() throws IndexException {
        try {
            writer.commit();
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot commit to the index", e);
        }
    }

    /**
     * What the index holds for each file it has records of, read once at the start of a run (one
     * reader, not one per file): whether a file is current is then a lookup.
     */
    public Map<String, IndexedFile> indexedFiles() throws IndexException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query packs = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK));
            StoredFields stored = searcher.storedFields();
            Set<String> fields = Set.of(IndexFields.PATH, IndexFields.SHA256, IndexFields.EXTRACTOR_VERSION,
                    IndexFields.INDEX_SCHEMA);
            Map<String, IndexedFile> files = new HashMap<>();
            for (ScoreDoc sd : searcher.search(packs, Math.max(1, searcher.count(packs))).scoreDocs) {
                Document d = stored.document(sd.doc, fields);
                boolean current = extractorVersion.equals(d.get(IndexFields.EXTRACTOR_VERSION))
                        // written by an older index schema: indexed again, so search can read it
                        && IndexFields.INDEX_SCHEMA_VERSION.equals(d.get(IndexFields.INDEX_SCHEMA));
                files.put(d.get(IndexFields.PATH), new IndexedFile(d.get(IndexFields.SHA256), current));
            }
            return files;
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot read the index", e);
        }
    }

    @Override
    public void close() throws IndexException {
        // the note goes while the lock is still ours: deleted later, it could be the next holder's
        lockInfo.delete();
        try {
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw IndexException.of(dir, "cannot close the index cleanly", e);
        }
    }

    /**
     * A damaged index is not written onto: new segments would be merged with the damage, or a merge
     * would stop the run half-way. Verified once per commit ({@link IndexIntegrity#requireIntact}).
     */
    private void requireIntact(Path dir) throws IndexException {
        try (DirectoryReader committed = DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory) : null) {
            if (committed != null) {
                IndexIntegrity.requireIntact(dir, committed);
            }
        } catch (IndexException | IOException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            throw e instanceof IndexException ie ? ie : IndexException.of(dir, "cannot read the index", e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already failing with a better reason
        }
    }
}
