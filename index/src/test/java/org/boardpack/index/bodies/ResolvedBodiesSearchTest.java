package org.boardpack.index.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.index.DateRange;
import org.boardpack.index.FacetCount;
import org.boardpack.index.OneMeetingPack;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.model.names.BodySlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One board whose minutes print its short name and whose next agenda prints its formal name, as
 * the index answers for it: one body for {@code --body}, facets and the action register.
 */
class ResolvedBodiesSearchTest {

    private static final String SHORT = "BLMK Partnership Board";
    private static final String FORMAL = "Partnership Board for Bedfordshire, Luton and Milton Keynes";

    @TempDir
    Path tmp;

    private static PackRecord pack(String path, String body, String date, String decision, Action action) {
        return OneMeetingPack.of(path, body, date, decision, action);
    }

    private PackSearcher indexed(Path index) throws Exception {
        Action raised = new Action(ActionSource.MINUTES, null, "12", "3", "Report flu vaccination uptake", "DH",
                "Dave Hodgson", "2020-11-11", "2020-12", ActionStatus.OPEN, "Open", List.of(), 1);
        Action closed = new Action(ActionSource.ACTION_LOG, null, "12", "3", "Report flu vaccination uptake", "DH",
                "Dave Hodgson", "2020-11-11", "2020-12", ActionStatus.CLOSED, "Closed", List.of(), 1);
        try (PackIndexWriter w = new PackIndexWriter(index, "v1")) {
            w.replace(pack("/packs/blmk/minutes-2020-11-11.pdf", SHORT, "2020-11-11", "The flu programme was agreed", raised));
            w.replace(pack("/packs/blmk/pack-2021-01-13.pdf", FORMAL, "2021-01-13", "The winter plan was agreed", closed));
            w.replace(pack("/packs/other/trust-2021-01-20.pdf", "Northfield Trust Board", "2021-01-20", "The budget was agreed",
                    new Action(ActionSource.MINUTES, null, "12", "2", "Circulate the budget", "PS", "Priya Shah",
                            "2021-01-20", "2021-02", ActionStatus.OPEN, "Open", List.of(), 1)));
        }
        return new PackSearcher(index);
    }

    private static long decisionsOf(PackSearcher s, String body) throws Exception {
        return s.search(new SearchRequest("*:*", new SearchFilters(Set.of("decision"), body, DateRange.ANY),
                SearchOrder.RELEVANCE, 10, false), "", "").total();
    }

    @Test
    void eitherNameFindsTheBoardUnderBoth() throws Exception {
        try (PackSearcher s = indexed(tmp.resolve("index"))) {
            assertEquals(2, decisionsOf(s, SHORT));
            assertEquals(2, decisionsOf(s, FORMAL));
            assertEquals(2, decisionsOf(s, "blmk-partnership-board"));
            assertEquals(1, decisionsOf(s, "Northfield Trust Board"));
            assertEquals(2, s.bodies().bodies().size());
        }
    }

    @Test
    void facetsCountTheBoardOnce() throws Exception {
        try (PackSearcher s = indexed(tmp.resolve("index"))) {
            FacetCount body = s.search(new SearchRequest("*:*", new SearchFilters(Set.of("decision"), null, DateRange.ANY),
                    SearchOrder.RELEVANCE, 1, true), "", "").facets().stream()
                    .filter(f -> f.dimension().equals("body")).findFirst().orElseThrow();
            assertEquals(List.of(2, 1), body.counts().stream().map(FacetCount.Count::count).toList());
            assertEquals(2, body.labels());
        }
    }

    @Test
    void theRegisterRowsOfTheBoardUnderEitherNameAreOneBodys() throws Exception {
        try (PackSearcher s = indexed(tmp.resolve("index"))) {
            java.util.Iterator<List<ActionSnapshot>> bodies = s.actionsByBody(null);
            List<List<String>> paths = new java.util.ArrayList<>();
            bodies.forEachRemaining(rows -> paths.add(rows.stream().map(ActionSnapshot::path).sorted().toList()));
            assertTrue(paths.contains(List.of("/packs/blmk/minutes-2020-11-11.pdf", "/packs/blmk/pack-2021-01-13.pdf")),
                    "the minutes' row and the next pack's log row, under the short and the formal name: " + paths);
            assertEquals(2, paths.size(), "the trust's action 12 is another body's");
        }
    }

    @Test
    void aBodiesFileBesideTheIndexNamesTheBody() throws Exception {
        Files.writeString(tmp.resolve(BodiesFile.NAME), """
                [[body]]
                name = "Bedfordshire, Luton and Milton Keynes Partnership Board"
                kind = "nhs-board"
                paths = ["/packs/blmk/**"]
                """);
        try (PackSearcher s = indexed(tmp.resolve("index"))) {
            Body blmk = s.bodies().named(SHORT).orElseThrow();
            assertEquals("bedfordshire-luton-and-milton-keynes-partnership-board", blmk.id());
            assertTrue(blmk.declared());
            assertEquals(2, decisionsOf(s, "Bedfordshire, Luton and Milton Keynes Partnership Board"));
        }
    }
}
