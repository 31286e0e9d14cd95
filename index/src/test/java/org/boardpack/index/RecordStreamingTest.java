package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records are read from the index as they are iterated, not collected first: an export of a large
 * index holds one batch (a file's records, a page of hits) at a time. The stored documents read
 * are counted under the lister; with the collect-all lister the first record came only after every
 * document had been read.
 */
class RecordStreamingTest {

    private static final int FILES = 4;
    private static final int PAGES = 600;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void index() throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(tmp.resolve("idx"), "v1")) {
            // written out of path order, as parallel ingest writes files in the order they finish
            for (int f = FILES - 1; f >= 0; f--) {
                List<PageText> pages = new ArrayList<>();
                for (int p = 1; p <= PAGES; p++) {
                    pages.add(new PageText(p, "page " + p + " of the budget paper " + f));
                }
                w.replace(new PackRecord(PackRecord.SCHEMA, new SourceInfo("/packs/" + f + ".pdf",
                        String.valueOf((char) ('a' + f)).repeat(64), PAGES, "pdf"),
                        null, null, null, null, null, null, null, pages));
            }
        }
    }

    /** A lister over a searcher that counts the stored documents it reads. */
    private static Iterator<IndexedRecord> iterate(DirectoryReader reader, AtomicInteger reads, RecordSelection s)
            throws Exception {
        IndexSearcher counting = new IndexSearcher(reader) {
            @Override
            public StoredFields storedFields() throws IOException {
                StoredFields real = super.storedFields();
                return new StoredFields() {
                    @Override
                    public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                        reads.incrementAndGet();
                        real.document(doc, visitor);
                    }
                };
            }
        };
        SearchVocabulary v = SearchVocabulary.standard();
        SearchQueries queries = new SearchQueries(IndexAnalyzers.forQueries(v.nicknames()), v.glossary(), v.nicknames());
        return new RecordLister(counting, queries).iterate(s, null);
    }

    @Test
    void sourceOrderIsReadOneFileAtATime() throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("idx")); DirectoryReader reader = DirectoryReader.open(dir)) {
            AtomicInteger reads = new AtomicInteger();
            Iterator<IndexedRecord> pages = iterate(reader, reads,
                    RecordSelection.all(new SearchFilters(Set.of("page"), null, DateRange.ANY)));
            IndexedRecord first = pages.next();
            assertEquals("/packs/0.pdf", first.path());
            assertEquals(1, first.page());
            assertEquals(PAGES, reads.get(), "only the first file's records are read for its first record");
            int n = 1;
            String lastPath = first.path();
            int lastPage = 1;
            while (pages.hasNext()) {
                IndexedRecord r = pages.next();
                boolean inOrder = r.path().equals(lastPath) ? r.page() == lastPage + 1 : r.path().compareTo(lastPath) > 0;
                assertTrue(inOrder, r.location() + " after " + lastPath + ":" + lastPage);
                lastPath = r.path();
                lastPage = r.page();
                n++;
            }
            assertEquals(FILES * PAGES, n);
            assertEquals(FILES * PAGES, reads.get(), "each record read once");
        }
    }

    @Test
    void rankedAndDateOrderedSelectionsAreReadAPageOfHitsAtATime() throws Exception {
        try (FSDirectory dir = FSDirectory.open(tmp.resolve("idx")); DirectoryReader reader = DirectoryReader.open(dir)) {
            AtomicInteger reads = new AtomicInteger();
            Iterator<IndexedRecord> ranked = iterate(reader, reads,
                    new RecordSelection("budget", SearchFilters.NONE, null, SearchOrder.RELEVANCE, 0));
            ranked.next();
            assertTrue(reads.get() <= 1_000, "one page of hits, not " + reads.get());
            AtomicInteger dated = new AtomicInteger();
            Iterator<IndexedRecord> byDate = iterate(reader, dated,
                    new RecordSelection(null, SearchFilters.NONE, null, SearchOrder.DATE, 0));
            int n = 0;
            while (byDate.hasNext()) {
                byDate.next();
                n++;
            }
            assertEquals(FILES * PAGES, n, "records without a meeting come last, all of them");
        }
    }
}
