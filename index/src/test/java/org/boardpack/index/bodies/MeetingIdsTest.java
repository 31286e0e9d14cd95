package org.boardpack.index.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Meeting ids under the resolved body, and back to the ids packs printed. */
class MeetingIdsTest {

    private static final Path ROOT = Path.of("/papers");
    private static final String SHORT = "BLMK Partnership Board";
    private static final String FORMAL = "Partnership Board for Bedfordshire, Luton and Milton Keynes";

    private final MeetingIds ids = new MeetingIds(new BodyDirectory(new BodyResolver(List.of(), ROOT).resolve(List.of(
            new BodySighting(SHORT, ROOT.resolve("blmk/m1.pdf")), new BodySighting(SHORT, ROOT.resolve("blmk/m2.pdf")),
            new BodySighting(FORMAL, ROOT.resolve("blmk/agenda.pdf")),
            new BodySighting("Northfield Trust Board", ROOT.resolve("trust/t.pdf"))))));

    @Test
    void aPacksIdIsTheResolvedBodysWhicheverNameItPrinted() {
        assertEquals("blmk-partnership-board/2021-01-13", ids.resolved(
                "partnership-board-for-bedfordshire-luton-and-milton-keynes/2021-01-13", FORMAL, "/papers/blmk/agenda.pdf"));
        assertEquals("blmk-partnership-board/2020-11-11",
                ids.resolved("blmk-partnership-board/2020-11-11", SHORT, "/papers/blmk/m1.pdf"));
        assertEquals("blmk-partnership-board/2021-01-13",
                ids.resolved("partnership-board-for-bedfordshire-luton-and-milton-keynes/2021-01-13", null, null),
                "a pack's id typed by a user");
        assertEquals("northfield-trust-board/2021-01-20",
                ids.resolved("northfield-trust-board/2021-01-20", "Northfield Trust Board", "/papers/trust/t.pdf"));
    }

    @Test
    void anIdNoBodyResolvesStaysAsPrinted() {
        assertEquals("finance-committee/2021-02-01", ids.resolved("finance-committee/2021-02-01", "Finance Committee", "/x.pdf"));
        assertEquals("not an id", ids.resolved("not an id", null, null));
    }

    @Test
    void aResolvedIdStandsForEveryIdItsPacksMayHavePrinted() {
        assertEquals(Set.of("blmk-partnership-board/2021-01-13",
                        "partnership-board-for-bedfordshire-luton-and-milton-keynes/2021-01-13"),
                ids.printed("blmk-partnership-board/2021-01-13"));
        assertEquals(Set.of("finance-committee/2021-02-01"), ids.printed("finance-committee/2021-02-01"));
    }
}
