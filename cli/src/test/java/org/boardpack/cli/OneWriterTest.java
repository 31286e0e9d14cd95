package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.boardpack.app.SamplePacks;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.PackIndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second ingest while one is writing the index is refused, naming the holder, with exit code 3. */
class OneWriterTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondIngestIsRefusedWhileTheIndexIsHeldAndProceedsOnceItIsFree() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SamplePacks.smallest(1).getFirst(), in.resolve("a.pdf"));
        Path index = tmp.resolve("index");
        Path report = tmp.resolve("report.json");

        // the test thread is the first run, holding the index as an ingest in progress would
        try (PackIndexWriter first = new PackIndexWriter(index, PackExtractor.VERSION)) {
            CliRun second = CliRun.of("ingest", in.toString(), "--index", index.toString(),
                    "--report", report.toString());
            assertEquals(ExitCodes.CANNOT_RUN, second.exitCode(), second.out() + second.err());
            String err = second.err();
            assertTrue(err.contains("being written by another ingest"), err);
            assertTrue(err.contains("pid " + ProcessHandle.current().pid()), err);
            assertTrue(err.contains("started "), err);
            assertTrue(second.out().isEmpty(), "no summary for a run that did not happen: " + second.out());
            JsonNode r = new ObjectMapper().readTree(report.toFile());
            assertEquals("could_not_run", r.get("outcome").asText());
            assertEquals(3, r.get("exit_code").asInt());
            assertTrue(r.get("error").asText().contains("pid "), r.toString());
            assertEquals(0, r.get("files").get("ingested").asInt());
        }

        CliRun next = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, next.exitCode(), next.out() + next.err());
        assertTrue(next.out().contains("Ingested 1 file(s)"), next.out());
    }
}
