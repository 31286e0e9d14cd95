package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;
import org.junit.jupiter.api.Test;

/** The benchmark's researcher queries: twenty, with filters, date order and facets on some. */
class BenchQueriesTest {

    @Test
    void theBundledListHasTwentyQueriesSomeFilteredSortedOrFaceted() throws Exception {
        List<SearchRequest> qs = BenchQueries.standard();
        assertEquals(20, qs.size());
        assertTrue(qs.stream().anyMatch(SearchRequest::facets));
        assertTrue(qs.stream().anyMatch(q -> q.order() == SearchOrder.DATE));
        assertTrue(qs.stream().anyMatch(q -> !q.filters().dates().isOpen()));
        assertTrue(qs.stream().anyMatch(q -> !q.filters().types().isEmpty()));
    }

    @Test
    void optionsAreReadAndAnUnknownOneIsRefused() {
        SearchRequest q = BenchQueries.parse(List.of("flu\ttype=action,decision;from=2020;to=2020-06;sort=date;facets;limit=5")).get(0);
        assertEquals("flu", q.query());
        assertEquals(java.util.Set.of("action", "decision"), q.filters().types());
        assertEquals(LocalDate.of(2020, 1, 1), q.filters().dates().from());
        assertEquals(LocalDate.of(2020, 6, 30), q.filters().dates().to());
        assertEquals(5, q.limit());
        assertThrows(IllegalArgumentException.class, () -> BenchQueries.parse(List.of("flu\towner=x")));
    }
}
