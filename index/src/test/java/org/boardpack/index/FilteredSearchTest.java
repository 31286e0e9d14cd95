package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filters, date order and facets over an index of {@link TwoBodies}. */
class FilteredSearchTest {

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

    private static SearchResult search(String q, SearchFilters filters, SearchOrder order, boolean facets) throws Exception {
        return searcher.search(new SearchRequest(q, filters, order, 100, facets), "[", "]");
    }

    private static SearchResult search(String q, SearchFilters filters) throws Exception {
        return search(q, filters, SearchOrder.RELEVANCE, false);
    }

    private static SearchFilters types(String... types) {
        return new SearchFilters(Set.of(types), null, DateRange.ANY);
    }

    private static SearchFilters body(String body) {
        return new SearchFilters(Set.of(), body, DateRange.ANY);
    }

    private static SearchFilters dates(String from, String to) {
        return new SearchFilters(Set.of(), null, DateRange.of(from, to));
    }

    @Test
    void theFluVaccinationDecisionOf2020IsFoundWithItsDateBodyAndPage() throws Exception {
        SearchFilters decisions2020 = new SearchFilters(Set.of("decision"), null, DateRange.of("2020", "2020"));
        SearchResult r = search("flu vaccination", decisions2020);
        assertEquals(1, r.total(), r.hits().toString());
        SearchHit h = r.hits().getFirst();
        assertEquals("decision", h.type());
        assertEquals("2020-11-11", h.date());
        assertEquals(TwoBodies.BLMK, h.body());
        assertEquals(TwoBodies.BLMK_PATH + ":3", h.location());
        assertTrue(h.snippet().contains("[flu] [vaccination]"), h.snippet());
        assertTrue(h.json().contains("\"kind\":\"agreed\""), h.json());
    }

    @Test
    void typeFilterKeepsOnlyThatTypeAndEveryOneOfIt() throws Exception {
        SearchResult all = search("flu", SearchFilters.NONE);
        SearchResult decisions = search("flu", types("decision"));
        assertEquals(3, decisions.total());
        assertTrue(decisions.hits().stream().allMatch(h -> h.type().equals("decision")));
        assertEquals(all.hits().stream().filter(h -> h.type().equals("decision")).count(), decisions.total());
        SearchResult two = search("flu", types("decision", "action"));
        assertEquals(5, two.total(), "3 decisions and 2 actions");
        assertThrows(IllegalArgumentException.class, () -> types("decisions"));
    }

    @Test
    void bodyFilterTakesTheNameOrTheSlugInAnyCase() throws Exception {
        for (String given : List.of(TwoBodies.BLMK, "blmk partnership board", "BLMK-Partnership-Board", " blmk  partnership board ")) {
            SearchResult r = search("flu", body(given));
            assertFalse(r.hits().isEmpty(), given);
            assertTrue(r.hits().stream().allMatch(h -> TwoBodies.BLMK.equals(h.body())), given + ": " + r.hits());
        }
        for (String given : List.of(TwoBodies.TRUST, "northfield carers' trust board of trustees",
                "northfield-carers-trust-board-of-trustees")) {
            SearchResult r = search("flu", body(given));
            assertEquals(5, r.total(), given + ": 2 pages, 2 decisions, 1 action");
            assertTrue(r.hits().stream().allMatch(h -> TwoBodies.TRUST.equals(h.body())), given);
        }
        assertEquals(0, search("flu", body("BLMK")).total(), "a body is named in full, not by a word of it");
    }

    @Test
    void dateRangeIsOnTheMeetingDateWithYearAndMonthShorthand() throws Exception {
        SearchResult y2021 = search("flu", dates("2021", "2021"));
        assertFalse(y2021.hits().isEmpty());
        assertTrue(y2021.hits().stream().allMatch(h -> h.date().startsWith("2021-")), y2021.hits().toString());
        SearchResult march = search("flu", dates("2021-03", "2021-03"));
        assertEquals(y2021.total(), march.total());
        assertEquals(0, search("flu", dates("2021-04", null)).total());
        SearchResult upTo2019 = search("flu", dates(null, "2019"));
        assertTrue(upTo2019.hits().stream().allMatch(h -> h.date().equals("2019-01-09")), upTo2019.hits().toString());
        assertEquals(2, upTo2019.total(), "the 2019 minutes' page and decision, though the pack is of 2021");
        SearchResult exactDay = search("flu", dates("2020-11-11", "2020-11-11"));
        assertTrue(exactDay.hits().stream().allMatch(h -> h.date().equals("2020-11-11")));
        assertFalse(exactDay.hits().isEmpty());
        assertTrue(search("flu", dates("2019", null)).hits().stream().allMatch(h -> h.date() != null),
                "a record without a meeting has no date and falls outside every range");
    }

    @Test
    void dateRangeBoundsAndMistakes() {
        assertEquals(new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), DateRange.of("2020", "2020"));
        assertEquals(new DateRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)), DateRange.of("2020-02", "2020-02"));
        assertEquals(new DateRange(LocalDate.of(2020, 2, 3), null), DateRange.of("2020-02-03", null));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> DateRange.of("2020-13", null));
        assertTrue(bad.getMessage().contains("'2020-13'"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateRange.of("11/11/2020", null));
        assertThrows(IllegalArgumentException.class, () -> DateRange.of("2021", "2020"));
    }

    @Test
    void dateOrderIsNewestMeetingFirstAndUndatedLast() throws Exception {
        List<SearchHit> hits = search("flu", SearchFilters.NONE, SearchOrder.DATE, false).hits();
        assertEquals("2021-03-10", hits.getFirst().date());
        SearchHit last = hits.getLast();
        assertEquals(null, last.date(), "page 5 of the BLMK pack is in no paper: no meeting, no date");
        String previous = "9999-12-31";
        for (SearchHit h : hits.subList(0, hits.size() - 1)) {
            assertTrue(h.date().compareTo(previous) <= 0, hits.toString());
            previous = h.date();
        }
        assertEquals("2019-01-09", previous);
    }

    @Test
    void facetsCountWhatTheHitsContain() throws Exception {
        SearchResult r = search("flu", SearchFilters.NONE, SearchOrder.RELEVANCE, true);
        assertTrue(r.total() < 100, "every hit is in the list");
        Map<String, FacetCount> byDim = new HashMap<>();
        r.facets().forEach(f -> byDim.put(f.dimension(), f));
        assertEquals(List.of("body", "year", "type", "status", "owner"), r.facets().stream().map(FacetCount::dimension).toList());
        assertEquals(tally(r.hits(), SearchHit::body), counts(byDim.get("body")));
        assertEquals(tally(r.hits(), h -> h.date() == null ? null : h.date().substring(0, 4)), counts(byDim.get("year")));
        assertEquals(tally(r.hits(), SearchHit::type), counts(byDim.get("type")));
        assertEquals(Map.of("open", 1, "closed", 1), counts(byDim.get("status")));
        assertEquals(Map.of("Dave Hodgson", 1, "Priya Shah", 1), counts(byDim.get("owner")));
        assertEquals(List.of("2021", "2020", "2019"),
                byDim.get("year").counts().stream().map(FacetCount.Count::label).toList(), "newest year first");

        SearchResult filtered = search("flu", types("decision"), SearchOrder.RELEVANCE, true);
        assertEquals(List.of(new FacetCount.Count("decision", 3)), filtered.facets().get(2).counts(),
                "facets count the filtered hits only");
        assertTrue(filtered.facets().get(3).counts().isEmpty(), "decisions have no status");
    }

    private static Map<String, Integer> tally(List<SearchHit> hits, Function<SearchHit, String> key) {
        Map<String, Integer> t = new HashMap<>();
        for (SearchHit h : hits) {
            String k = key.apply(h);
            if (k != null) {
                t.merge(k, 1, Integer::sum);
            }
        }
        return t;
    }

    private static Map<String, Integer> counts(FacetCount f) {
        Map<String, Integer> m = new HashMap<>();
        f.counts().forEach(c -> m.put(c.label(), c.count()));
        return m;
    }
}
