package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.cli.ExitCodes;
import org.boardpack.model.BoardpackJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-search --index DIR}: the fixed queries timed against an index {@code ingest} made,
 * with its size and records, each query's hits, and a warning for a query that finds nothing.
 */
class SearchBenchIndexTest {

    private static final Path ROOT = Path.of(System.getProperty("boardpack.root", ".."));

    @Test
    void theQueriesAreTimedAgainstAnIngestedIndexAndEachFindsSomething(@TempDir Path tmp) throws Exception {
        Path index = tmp.resolve("corpus");
        DevRun ingest = DevRun.boardpack("ingest", ROOT.resolve("corpus/packs").toString(), "--index", index.toString());
        assertEquals(0, ingest.exitCode(), ingest.err());
        JsonNode packs = BoardpackJson.newMapper().readTree(DevRun.boardpack("export", "--index", index.toString()).out());
        DevRun run = DevRun.of("bench-search", "--rounds", "1", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Index " + index + ": "), out);
        assertTrue(out.contains("Records: action " + count(packs, "actions") + ", "), out);
        assertTrue(out.contains("attendance " + count(packs, "attendance")), out);
        List<String> hits = out.lines().filter(l -> l.matches(" *\\d+\\. +\\d+  .*")).toList();
        assertEquals(20, hits.size(), out);
        assertTrue(hits.stream().noneMatch(l -> l.matches(" *\\d+\\. +0  .*")), "every bench query finds something: " + out);
        assertEquals("", run.err(), "no warning");
        assertTrue(out.contains("p50 ") && out.contains("p99 "), out);
    }

    @Test
    void aQueryThatFindsNothingIsWarnedOf(@TempDir Path tmp) {
        Path pack = ROOT.resolve("corpus/packs/charity-riverside-hospice-2021-09-21.pdf");
        Path index = tmp.resolve("one");
        assertEquals(0, DevRun.boardpack("ingest", pack.toString(), "--index", index.toString()).exitCode());
        DevRun run = DevRun.of("bench-search", "--index", index.toString(), "--rounds", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("finds nothing in this index"), run.err());
        assertTrue(run.out().contains("queries find nothing"), run.out());
    }

    @Test
    void buildingAndAnExistingIndexAreAlternatives() {
        DevRun neither = DevRun.of("bench-search");
        assertEquals(ExitCodes.USAGE, neither.exitCode());
        assertTrue(neither.err().contains("--index"), neither.err());
        DevRun both = DevRun.of("bench-search", "--index", ROOT.toString(), "--work", "/tmp/x");
        assertEquals(ExitCodes.USAGE, both.exitCode());
    }

    /** The records of one boardpack/1 list over every pack of a whole-index export. */
    private static int count(JsonNode packs, String list) {
        int n = 0;
        for (JsonNode pack : packs) {
            n += pack.path(list).size();
        }
        return n;
    }
}
