package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first name finds its other forms in people's names: the seed packs print the same mayor as
 * {@code Mayor Dave Hodgson} and {@code Mayor David Hodgson}.
 */
class NicknameSearchTest {

    @TempDir
    static Path tmp;
    static PackSearcher searcher;

    static final String LATER = "blmk-partnership-board/2021-06-09";
    static final String LATER_PATH = "/packs/blmk-2021-06-09.pdf";

    @BeforeAll
    static void index() throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(tmp.resolve("idx"), "v1")) {
            w.replace(TwoBodies.blmk());
            w.replace(new PackRecord(PackRecord.SCHEMA, new SourceInfo(LATER_PATH, "d".repeat(64), 1, "pdf"), List.of(),
                    List.of(new Meeting(LATER, TwoBodies.BLMK, "2021-06-09", "14:00", "Microsoft Teams")), null,
                    List.of(new Attendance(LATER, "David Hodgson", "Mayor", "Bedford Borough Council – BBC", "DH",
                            AttendanceStatus.PRESENT, 1)),
                    List.of(), List.of(), null,
                    List.of(new PageText(1, "Mayor David Hodgson (Bedford Borough Council – BBC) DH"))));
        }
        searcher = new PackSearcher(tmp.resolve("idx"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    private static Set<String> attendance(String q) throws Exception {
        SearchFilters people = new SearchFilters(Set.of("attendance"), null, DateRange.ANY);
        return searcher.search(new SearchRequest(q, people, SearchOrder.RELEVANCE, 50, false), "[", "]").hits().stream()
                .map(SearchHit::meeting).collect(Collectors.toSet());
    }

    @Test
    void davidAndDaveAreTheSameFirstName() throws Exception {
        for (String q : List.of("David Hodgson", "Dave Hodgson", "\"David Hodgson\"", "\"Mayor Dave Hodgson\"",
                "Mayor David Hodgson")) {
            assertEquals(Set.of(TwoBodies.BLMK_2020, LATER), attendance(q), q);
        }
        assertEquals(Set.of(TwoBodies.BLMK_2020, LATER), attendance("Hodgson"));
    }

    @Test
    void theActionHeOwnsIsFoundByHisOtherFirstName() throws Exception {
        SearchResult r = searcher.search(SearchRequest.of("David Hodgson flu", 10), "[", "]");
        assertTrue(r.hits().stream().anyMatch(h -> h.type().equals("action") && h.json().contains("Dave Hodgson")), r.hits().toString());
        assertEquals(Map.of("David", List.of("Dave", "Davy")), r.expanded());
    }

    @Test
    void otherPeopleAndLowerCaseWordsAreNotNicknames() throws Exception {
        assertEquals(Set.of(), attendance("\"Davina Hodgson\""));
        assertEquals(Set.of(), attendance("\"Dave Smith\""), "the first name widens, the surname does not");
        assertEquals(Map.of(), searcher.search(SearchRequest.of("will", 5), "[", "]").expanded(),
                "will in lower case is a word, not William");
    }
}
