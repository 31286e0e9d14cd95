package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People are found by surname, full name, or honorific and name, in attendance and as action owners. */
class NameSearchTest {

    @TempDir
    static Path tmp;
    static PackSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        searcher = TwoBodies.indexed(tmp.resolve("idx"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<SearchHit> people(String q) throws Exception {
        SearchFilters people = new SearchFilters(Set.of("attendance", "action"), null, DateRange.ANY);
        return searcher.search(new SearchRequest(q, people, SearchOrder.RELEVANCE, 50, false), "[", "]").hits();
    }

    @Test
    void hodgsonIsFoundHoweverHeIsNamed() throws Exception {
        for (String q : List.of("Hodgson", "hodgson", "Dave Hodgson", "\"Dave Hodgson\"", "Mayor Dave Hodgson",
                "\"Mayor Dave Hodgson\"", "Mayor Hodgson")) {
            List<SearchHit> hits = people(q);
            assertEquals(Set.of("attendance", "action"), Set.copyOf(hits.stream().map(SearchHit::type).toList()),
                    q + ": " + hits);
            assertTrue(hits.stream().allMatch(h -> h.json().contains("Dave Hodgson")), q + ": " + hits);
        }
        SearchHit action = people("\"Mayor Dave Hodgson\"").stream().filter(h -> h.type().equals("action")).findFirst().orElseThrow();
        assertEquals(TwoBodies.BLMK_PATH + ":4", action.location(),
                "the action names him without the honorific; the minutes' attendance supplies it");
    }

    @Test
    void anHonorificMatchesInEitherFormButNotAnotherPerson() throws Exception {
        for (String q : List.of("\"Professor Priya Shah\"", "\"Prof Priya Shah\"", "Professor Shah", "\"Priya Shah\"")) {
            List<SearchHit> hits = people(q);
            assertEquals(2, hits.size(), q + ": her attendance and her action, " + hits);
        }
        assertTrue(people("\"Councillor Jane Smith\"").stream().anyMatch(h -> h.type().equals("attendance")));
        assertTrue(people("\"Mayor Jane Smith\"").isEmpty(), "Jane Smith is a councillor");
        assertTrue(people("\"Dave Smith\"").isEmpty());
    }

    @Test
    void stopWordsInAQueryDoNotBecomeRequiredNames() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("vouchers for the carers", 10), "[", "]");
        assertFalse(r.hits().isEmpty(), "'for' and 'the' are dropped in the name field as in the text");
    }

    @Test
    void anIndexWrittenBeforeTheseFieldsIsRefusedWithTheWayOut() throws Exception {
        Path old = tmp.resolve("old");
        try (FSDirectory d = FSDirectory.open(old);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
            Document pack = new Document();
            pack.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_PACK, Field.Store.YES));
            w.addDocument(pack);
        }
        IndexException e = assertThrows(IndexException.class, () -> new PackSearcher(old));
        assertTrue(e.getMessage().contains("boardpack ingest --force"), e.getMessage());
    }
}
