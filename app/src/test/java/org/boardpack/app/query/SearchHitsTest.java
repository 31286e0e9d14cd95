package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.boardpack.index.SearchHit;
import org.junit.jupiter.api.Test;

/** A page hit that only repeats a record on it is shown once, as the record, at the better rank. */
class SearchHitsTest {

    private static SearchHit hit(String type, int page, String snippet, String json) {
        return new SearchHit(1f, type, "m", "Board", "2021-01-05", "/p/a.pdf", page, snippet, json, Map.of());
    }

    @Test
    void aPageThatRepeatsATableOnItIsFoldedIntoTheTable() {
        SearchHit page = hit("page", 2, "4. | [Budget] 2020/21 … the draft [budget], with", null);
        SearchHit table = hit("table", 2, "4.1 | The Director presented the draft [budget],",
                "{\"rows\":[[\"4.\",\"Budget 2020/21\"],[\"4.1\",\"The Director presented the draft budget, with\"]]}");
        SearchHit other = hit("decision", 3, "The [budget] was approved", "{\"text\":\"The budget was approved\"}");
        List<SearchHits.Shown> shown = SearchHits.collapse(List.of(page, other, table), "[", "]");
        assertEquals(List.of(table, other), shown.stream().map(SearchHits.Shown::hit).toList(), "the table at the page's rank");
        assertEquals(List.of("page"), shown.getFirst().alsoTypes());
        assertEquals(List.of(), shown.get(1).alsoTypes());
    }

    @Test
    void aPageWithWordsBeyondTheRecordOrOnAnotherPageStays() {
        SearchHit page = hit("page", 2, "Apologies were received. 4. | [Budget] 2020/21", null);
        SearchHit table = hit("table", 2, "4. | [Budget] 2020/21", "{\"rows\":[[\"4.\",\"Budget 2020/21\"]]}");
        SearchHit elsewhere = hit("page", 5, "4. | [Budget] 2020/21", null);
        assertEquals(3, SearchHits.collapse(List.of(table, page, elsewhere), "[", "]").size());
    }

    @Test
    void aPageWhoseFragmentsAreInTwoTablesOnItGoesToTheBetterRankedOne() {
        SearchHit first = hit("table", 2, "4.4 | Publish the approved [budget]", "{\"rows\":[[\"4.4\",\"Publish the approved budget\"]]}");
        SearchHit second = hit("table", 2, "4. | [Budget] 2020/21", "{\"rows\":[[\"4.\",\"Budget 2020/21\"]]}");
        SearchHit page = hit("page", 2, "4. | [Budget] 2020/21 … 4.4 | Publish the approved [budget]", null);
        List<SearchHits.Shown> shown = SearchHits.collapse(List.of(first, second, page), "[", "]");
        assertEquals(List.of(first, second), shown.stream().map(SearchHits.Shown::hit).toList());
        assertEquals(List.of("page"), shown.getFirst().alsoTypes());
    }
}
