package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file over {@code --timeout} is a failure of its own, kept with its reason; the run goes on. */
class TimeLimitTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aPackOverTheLimitIsTimedOutAndTheNextRunWithTimeEnoughIngestsIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path pack = Files.copy(SamplePacks.smallest(1).getFirst(), in.resolve("slow.pdf"));
        Path index = tmp.resolve("index");
        Path report = tmp.resolve("report.json");

        CliRun run = CliRun.of("ingest", in.toString(), tmp.resolve("missing").toString(), "--index", index.toString(),
                "--timeout", "0.001", "--report", report.toString());

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.out() + run.err());
        String reason = "parsing and extraction took longer than 0.001 s; raise --timeout or check the file";
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("FAILED ") && l.contains("slow.pdf")
                && l.contains("timed out - " + reason)), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("missing") && l.contains("no such file")),
                "the run went on to the next path: " + run.err());
        JsonNode r = json.readTree(report.toFile());
        assertEquals(2, r.get("files").get("failed").asInt());
        assertEquals(0, r.get("files").get("ingested").asInt());

        CliRun failures = CliRun.of("failures", "--index", index.toString(), "--json");
        JsonNode kept = json.readTree(failures.out());
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(pack.toAbsolutePath().normalize().toString(), kept.get(0).get("path").asText());
        assertEquals("timed out", kept.get(0).get("kind").asText());
        assertEquals(reason, kept.get(0).get("reason").asText());

        CliRun again = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().startsWith("Ingested 1 file(s), 0 unchanged, 0 failed"), again.out());
        assertEquals(0, json.readTree(CliRun.of("failures", "--index", index.toString(), "--json").out()).size());
    }

    @Test
    void outOfRangeOptionsAreUsageErrors() {
        for (List<String> bad : List.of(List.of("--threads", "0"), List.of("--timeout", "-1"),
                List.of("--commit-every", "0"), List.of("--log-format", "xml"))) {
            List<String> args = new java.util.ArrayList<>(List.of("ingest", "--index", tmp.resolve("i").toString()));
            args.addAll(bad);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exitCode(), bad + ": " + run.err());
            assertTrue(run.err().contains(bad.getFirst()), run.err());
        }
    }
}
