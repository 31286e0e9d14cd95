package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records in, index out: extracting files and loading their records with {@code index-records}
 * gives an index that answers as the one {@code ingest} made of the same files; a second load finds
 * them unchanged; a line that is no record is a failure and the others are indexed.
 */
class IndexRecordsTest {

    @TempDir
    Path tmp;

    @Test
    void extractThenIndexRecordsAnswersAsIngestDoes() throws Exception {
        // in the order index-records reads a directory, on one thread: equal scores are ranked by the
        // order records were indexed in, so the two indexes must be written in the same order
        List<Path> packs = SamplePacks.smallest(3).stream().sorted().toList();
        Path ingested = tmp.resolve("ingested");
        List<String> ingest = new ArrayList<>(List.of("ingest", "--threads", "1", "--index", ingested.toString()));
        packs.forEach(p -> ingest.add(p.toString()));
        assertEquals(0, CliRun.of(ingest.toArray(String[]::new)).exitCode());

        Path records = tmp.resolve("records");
        List<String> extract = new ArrayList<>(List.of("extract", "--out", records.toString()));
        packs.forEach(p -> extract.add(p.toString()));
        assertEquals(0, CliRun.of(extract.toArray(String[]::new)).exitCode());
        Path loaded = tmp.resolve("loaded");
        CliRun load = CliRun.of("index-records", records.toString(), "--index", loaded.toString(), "--log-format", "plain");
        assertEquals(0, load.exitCode(), load.out() + load.err());

        for (String[] question : List.of(new String[] {"export"}, new String[] {"search", "budget", "--limit", "50"},
                new String[] {"decisions", "--json"}, new String[] {"actions", "--json", "--as-of", "2030-01-01"},
                new String[] {"export", "attendance", "--format", "csv"})) {
            assertEquals(answer(ingested, question), answer(loaded, question), String.join(" ", question));
        }

        CliRun again = CliRun.of("index-records", records.toString(), "--index", loaded.toString(), "--log-format", "json");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(3, again.out().lines().filter(l -> l.contains("\"outcome\":\"unchanged\"")).count(), again.out());
    }

    @Test
    void whatIngestExportedLoadsBackAndABadLineIsAFailure() throws Exception {
        Path ingested = tmp.resolve("ingested");
        assertEquals(0, CliRun.of("ingest", SamplePacks.smallest(1).getFirst().toString(), "--index",
                ingested.toString()).exitCode());
        String lines = CliRun.of("export", "--format", "jsonl", "--index", ingested.toString()).out();
        Path file = Files.writeString(tmp.resolve("packs.jsonl"), lines + "{\"not\": \"a record\"}\n");

        Path loaded = tmp.resolve("loaded");
        CliRun load = CliRun.of("index-records", file.toString(), "--index", loaded.toString(), "--log-format", "plain");
        assertEquals(ExitCodes.SOME_FAILED, load.exitCode(), load.out() + load.err());
        assertTrue(load.err().contains("packs.jsonl:2") && load.err().contains("not a boardpack/1 record"), load.err());
        assertEquals(answer(ingested, "export"), answer(loaded, "export"));
        assertTrue(CliRun.of("failures", "--index", loaded.toString()).out().contains("packs.jsonl:2"));
    }

    @Test
    void aMissingPathIsReported() {
        CliRun run = CliRun.of("index-records", tmp.resolve("nowhere").toString(), "--index", tmp.resolve("i").toString(),
                "--log-format", "plain");
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("nowhere"), run.err());
    }

    private static String answer(Path index, String... question) {
        List<String> args = new ArrayList<>(List.of(question));
        args.addAll(List.of("--index", index.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.out().replace(index.toString(), "INDEX");
    }
}
