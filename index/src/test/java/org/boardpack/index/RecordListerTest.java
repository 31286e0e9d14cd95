package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PackSearcher#records}: every record of a selection, in a stable order, with its context. */
class RecordListerTest {

    @TempDir
    static Path tmp;
    static PackSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        searcher = TwoBodies.indexed(tmp.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static List<String> dates(List<IndexedRecord> records) {
        return records.stream().map(IndexedRecord::date).toList();
    }

    private static SearchFilters decisions() {
        return new SearchFilters(Set.of("decision"), null, DateRange.ANY);
    }

    @Test
    void withoutAQueryRecordsComeInSourceOrderWithTheirContext() throws Exception {
        List<IndexedRecord> all = searcher.records(RecordSelection.all(decisions()));
        assertEquals(List.of(TwoBodies.BLMK_PATH, TwoBodies.TRUST_PATH, TwoBodies.TRUST_PATH),
                all.stream().map(IndexedRecord::path).toList());
        assertEquals(List.of("2020-11-11", "2021-03-10", "2019-01-09"), dates(all));
        assertEquals(List.of(1, 1, 2), all.stream().map(IndexedRecord::ordinal).toList());
        IndexedRecord first = all.getFirst();
        assertEquals(TwoBodies.BLMK_2020, first.meeting());
        assertEquals(TwoBodies.BLMK, first.body());
        assertEquals(3, first.page());
        assertEquals(TwoBodies.BLMK_PATH + ":3", first.location());
        assertEquals(true, first.json().contains("\"minute_ref\":null"));
    }

    @Test
    void dateOrderIsNewestFirstAndTheLimitCutsAfterOrdering() throws Exception {
        RecordSelection newest = new RecordSelection(null, decisions(), null, SearchOrder.DATE, 2);
        assertEquals(List.of("2021-03-10", "2020-11-11"), dates(searcher.records(newest)));
    }

    @Test
    void aMeetingSelectsOnlyItsRecords() throws Exception {
        List<IndexedRecord> of2019 = searcher.records(RecordSelection.ofMeeting(TwoBodies.TRUST_2019, Set.of()));
        assertEquals(List.of("decision", "meeting", "page"), of2019.stream().map(IndexedRecord::type).sorted().toList());
        of2019.stream().filter(r -> !r.type().equals("meeting")).forEach(r -> assertEquals(3, r.page()));
        IndexedRecord page = of2019.stream().filter(r -> r.type().equals("page")).findFirst().orElseThrow();
        assertNull(page.json());
    }

    @Test
    void aQueryKeepsOnlyMatchesRankedAndFiltered() throws Exception {
        RecordSelection vouchers = new RecordSelection("vouchers", decisions(), null, SearchOrder.RELEVANCE, 0);
        assertEquals(List.of(TwoBodies.TRUST_2019), searcher.records(vouchers).stream().map(IndexedRecord::meeting).toList());
        RecordSelection flu = new RecordSelection("flu vaccination", decisions(), null, SearchOrder.DATE, 0);
        assertEquals(List.of("2021-03-10", "2020-11-11", "2019-01-09"), dates(searcher.records(flu)));
        assertThrows(InvalidQueryException.class,
                () -> searcher.records(new RecordSelection("flu AND (", decisions(), null, null, 0)));
    }

    @Test
    void moreRecordsThanOneRoundTripAreAllListed() throws Exception {
        List<PageText> pages = new ArrayList<>();
        for (int p = 1; p <= 2_345; p++) {
            pages.add(new PageText(p, "page " + p));
        }
        PackRecord big = new PackRecord(PackRecord.SCHEMA, new SourceInfo("/packs/big.pdf", "c".repeat(64), pages.size(), "pdf"),
                null, null, null, null, null, null, null, pages);
        Path dir = tmp.resolve("big");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(big);
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            List<IndexedRecord> all = s.records(RecordSelection.all(new SearchFilters(Set.of("page"), null, null)));
            assertEquals(pages.size(), all.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i + 1, all.get(i).page());
            }
        }
    }
}
