package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.index.FailureRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ingest run prints as it goes: JSON lines for log shippers, one plain line per file, the progress bar. */
class IngestLogTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path folderWithAPackAndATextFile() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SamplePacks.smallest(1).getFirst(), in.resolve("pack.pdf"));
        Files.writeString(in.resolve("notes.pdf"), "typed notes\n");
        return in;
    }

    @Test
    void jsonLogIsOneParsableObjectPerLineForTheRunAndEachFile() throws Exception {
        Path in = folderWithAPackAndATextFile();
        CliRun run = CliRun.of("ingest", in.toString(), "--index", tmp.resolve("index").toString(),
                "--log-format", "json");
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.out() + run.err());

        List<JsonNode> events = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            events.add(json.readTree(line)); // every line parses, nothing else is printed
        }
        assertEquals("", run.err());
        assertEquals(List.of("run_started", "file", "file", "run_finished"),
                events.stream().map(e -> e.get("event").asText()).toList());
        assertEquals(2, events.getFirst().get("files").asInt());
        JsonNode ingested = events.stream().filter(e -> "ingested".equals(e.path("outcome").asText())).findFirst().orElseThrow();
        assertTrue(ingested.get("path").asText().endsWith("pack.pdf"), ingested.toString());
        assertTrue(ingested.get("pages").asInt() > 0);
        assertTrue(ingested.get("ms").asLong() >= 0);
        JsonNode failed = events.stream().filter(e -> "failed".equals(e.path("outcome").asText())).findFirst().orElseThrow();
        assertTrue(failed.get("path").asText().endsWith("notes.pdf"), failed.toString());
        assertEquals("unsupported format", failed.get("kind").asText());
        assertTrue(failed.get("reason").asText().startsWith("its content is text/plain"), failed.toString());
        JsonNode finished = events.getLast();
        assertEquals("some_failed", finished.get("outcome").asText());
        assertEquals(1, finished.get("exit_code").asInt());
        assertEquals(1, finished.get("files").get("ingested").asInt());
        assertEquals(1, finished.get("files").get("failed").asInt());
        assertEquals(ingested.get("pages").asInt(), finished.get("pages").asInt());
        assertTrue(finished.has("threads") && finished.has("parse_seconds") && finished.has("pages_per_second"));
    }

    @Test
    void plainLogHasOneLinePerFileAndTheSummaryOnStdout() throws Exception {
        Path in = folderWithAPackAndATextFile();
        Path index = tmp.resolve("index");
        CliRun first = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--log-format", "plain");
        List<String> lines = first.err().lines().toList();
        assertEquals(3, lines.size(), first.err());
        assertEquals("ingest: 2 file(s), " + Runtime.getRuntime().availableProcessors() + " thread"
                + (Runtime.getRuntime().availableProcessors() == 1 ? "" : "s"), lines.getFirst());
        assertTrue(lines.stream().anyMatch(l -> l.matches("ingested .*pack\\.pdf: \\d+ pages in \\d+\\.\\d s")), first.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("FAILED .*notes\\.pdf: unsupported format - .*")), first.err());
        assertTrue(first.out().startsWith("Ingested 1 file(s), 0 unchanged, 1 failed;"), first.out());

        CliRun second = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--log-format", "plain");
        assertTrue(second.err().lines().anyMatch(l -> l.matches("unchanged .*pack\\.pdf")), second.err());
    }

    @Test
    void theProgressBarCountsFilesFailuresAndPagesAndPrintsFailuresAboveIt() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        TerminalProgress bar = new TerminalProgress(new PrintWriter(out), new PrintWriter(err), new IngestSummary(false), 100);
        bar.started(4, 2);
        bar.file(new FileEvent("a.pdf", FileEvent.Result.INGESTED, 30, 1200, null));
        bar.file(new FileEvent("b.pdf", FileEvent.Result.FAILED, 0, 10,
                new FailureRecord("/in/b.pdf", null, "damaged", "cannot parse", 3, Instant.now())));
        bar.file(new FileEvent("c.pdf", FileEvent.Result.UNCHANGED, 0, 5, null));

        String line = bar.render(System.nanoTime());
        assertTrue(line.matches("\\[#+-+] 3/4 files  \\d+\\.\\d pages/s  ETA \\d+s  1 failed"), line);
        assertTrue(line.length() <= 100, line);
        assertTrue(err.toString().contains("FAILED b.pdf page 3: damaged - cannot parse\n"), err.toString());
        assertTrue(err.toString().contains("\r"), "redrawn in place");
    }
}
