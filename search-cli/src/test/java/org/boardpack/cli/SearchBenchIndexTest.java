package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-search --index DIR}: the fixed queries timed against an index {@code ingest} made,
 * with its size and records, each query's hits, and a warning for a query that finds nothing.
 */
class SearchBenchIndexTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    @Test
    void theQueriesAreTimedAgainstAnIngestedIndexAndEachFindsSomething() {
        CliRun run = corpus.run("bench-search", "--rounds", "1");
        String out = run.out();
        assertTrue(out.contains("Index " + corpus.dir + ": "), out);
        assertTrue(out.contains("Records: action " + corpus.records("actions").size() + ", "), out);
        assertTrue(out.contains("attendance " + corpus.records("attendance").size()), out);
        List<String> hits = out.lines().filter(l -> l.matches(" *\\d+\\. +\\d+  .*")).toList();
        assertEquals(20, hits.size(), out);
        assertTrue(hits.stream().noneMatch(l -> l.matches(" *\\d+\\. +0  .*")), "every bench query finds something: " + out);
        assertEquals("", run.err(), "no warning");
        assertTrue(out.contains("p50 ") && out.contains("p99 "), out);
    }

    @Test
    void aQueryThatFindsNothingIsWarnedOf(@TempDir Path tmp) {
        Path pack = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs/charity-riverside-hospice-2021-09-21.pdf");
        Path index = tmp.resolve("one");
        assertEquals(0, CliRun.of("ingest", pack.toString(), "--index", index.toString()).exitCode());
        CliRun run = CliRun.of("bench-search", "--index", index.toString(), "--rounds", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("finds nothing in this index"), run.err());
        assertTrue(run.out().contains("queries find nothing"), run.out());
    }

    @Test
    void buildingAndAnExistingIndexAreAlternatives() {
        CliRun neither = CliRun.of("bench-search");
        assertEquals(ExitCodes.USAGE, neither.exitCode());
        assertTrue(neither.err().contains("--index"), neither.err());
        CliRun both = CliRun.of("bench-search", "--index", corpus.dir.toString(), "--work", "/tmp/x");
        assertEquals(ExitCodes.USAGE, both.exitCode());
    }
}
