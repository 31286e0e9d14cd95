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

/** {@code --reextract} parses indexed files again and counts them apart from new ones; {@code --force} is its old name. */
class ReextractTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    private JsonNode files(Path report) throws Exception {
        return json.readTree(report.toFile()).get("files");
    }

    @Test
    void reextractRedoesIndexedFilesWithoutCountingThemAsNew() throws Exception {
        List<Path> packs = SamplePacks.smallest(2);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(packs.get(0), in.resolve("a.pdf"));
        Path index = tmp.resolve("index");
        assertEquals(ExitCodes.OK, CliRun.of("ingest", in.toString(), "--index", index.toString()).exitCode());
        Files.copy(packs.get(1), in.resolve("b.pdf"));

        Path report = tmp.resolve("reextract.json");
        CliRun run = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--reextract",
                "--report", report.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertEquals(1, files(report).get("ingested").asInt(), "b.pdf is new");
        assertEquals(1, files(report).get("reextracted").asInt(), "a.pdf was indexed already");
        assertEquals(0, files(report).get("unchanged").asInt());
        assertTrue(run.out().startsWith("Ingested 1 file(s), 1 re-extracted, 0 unchanged, 0 failed"), run.out());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("re-extracted ") && l.contains("a.pdf")), run.err());

        Path forced = tmp.resolve("force.json");
        assertEquals(ExitCodes.OK, CliRun.of("ingest", in.toString(), "--index", index.toString(), "--force",
                "--report", forced.toString()).exitCode());
        assertEquals(2, files(forced).get("reextracted").asInt(), "--force is the same option");
        assertEquals(0, files(forced).get("ingested").asInt());
    }
}
