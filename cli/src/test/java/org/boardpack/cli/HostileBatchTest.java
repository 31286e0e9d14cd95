package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.boardpack.app.SamplePacks;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexedFailures;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs beside good packs, in a real ingest process with a 1 GB heap (less than
 * either bomb inflates to): every good pack is indexed, each bomb is a recorded {@code resource
 * limit}, the run exits 1 with its report written, and the next run does not read the bombs again.
 */
class HostileBatchTest {

    @TempDir
    Path tmp;

    @Test
    void bombsBesideGoodPacksCostOnlyThemselves() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> good = SamplePacks.smallest(2);
        for (Path p : good) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        HostileFiles.bombPdf(in.resolve("bomb.pdf"), 2048);
        HostileFiles.bombDocx(in.resolve("bomb.docx"), 2048);
        Path index = tmp.resolve("index");
        Path report = tmp.resolve("report.json");

        Process run = ingest(in, index, report);

        assertEquals(ExitCodes.SOME_FAILED, run.exitValue(), new String(run.getInputStream().readAllBytes()));
        JsonNode files = new ObjectMapper().readTree(report.toFile()).get("files");
        assertEquals(2, files.get("ingested").asInt(), files.toString());
        assertEquals(2, files.get("failed").asInt(), files.toString());
        assertEquals(good.size(), IndexedFiles.read(index).packs().size());
        List<FailureRecord> failures = IndexedFailures.read(index);
        assertEquals(2, failures.size());
        failures.forEach(f -> assertEquals("resource limit", f.kind(), f.toString()));

        CliRun again = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.SOME_FAILED, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("2 unchanged, 2 failed"), again.out());
        assertEquals(2, again.out().split("not read again: unchanged since", -1).length - 1, again.out());
    }

    private Process ingest(Path in, Path index, Path report) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.boardpack.cli.BoardpackCommand", "ingest", in.toString(), "--index", index.toString(),
                "--threads", "2", "--log-format", "plain", "--report", report.toString())
                .redirectErrorStream(true).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the run did not end in 5 minutes");
        }
        return p;
    }
}
