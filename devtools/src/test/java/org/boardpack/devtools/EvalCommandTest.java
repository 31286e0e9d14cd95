package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.boardpack.cli.ExitCodes;
import org.boardpack.model.BoardpackJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on the bundled corpus: the table, the JSON, and the floors the project has reached. */
class EvalCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("boardpack.root", ".."));

    @TempDir
    Path tmp;

    private static Path gold() {
        return ROOT.resolve("corpus/packs");
    }

    @Test
    void bundledCorpusMeetsTheRecordedFloors() throws IOException {
        Path json = tmp.resolve("eval.json");
        DevRun run = DevRun.of("eval", "--gold", gold().toString(), "--measure", "generated", "--json", json.toString(),
                "--floors", ROOT.resolve("corpus/eval-floors.json").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("precision") && run.out().contains("attendance"), run.out());
        JsonNode report = BoardpackJson.newMapper().readTree(json.toFile());
        assertTrue(report.get("packs").asInt() >= 6);
        boolean attendance = false;
        for (JsonNode s : report.get("overall")) {
            if (s.get("type").asText().equals("attendance")) {
                attendance = s.get("f1").asDouble() > 0.9 && s.get("fields").has("initials");
            }
        }
        assertTrue(attendance, report.toString());
        assertTrue(report.get("by_producer").size() >= 1);
    }

    @Test
    void aScoreBelowItsFloorFailsTheRun() throws IOException {
        Path floors = tmp.resolve("floors.json");
        ObjectMapper json = BoardpackJson.newMapper();
        json.writeValue(floors.toFile(), json.readTree("{\"f1\": {\"meetings\": 0.5, \"no_such_type\": 0.1}}"));
        DevRun run = DevRun.of("eval", "--gold", gold().toString(), "--measure", "generated", "--floors", floors.toString());
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode());
        assertTrue(run.err().contains("BELOW FLOOR no_such_type F1 0.000"), run.err());
        assertTrue(!run.err().contains("meetings"), "meetings is above its floor: " + run.err());
        assertTrue(Files.exists(floors));
    }
    /** The varied regression set is another generated corpus: scored with the generator's rules, held at its floors. */
    @Test
    void variedCorpusMeetsItsFloors() {
        DevRun run = DevRun.of("eval", "--corpus", ROOT.resolve("corpus/varied").toString(), "--floors",
                ROOT.resolve("corpus/varied-floors.json").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().startsWith("boardpack eval: generated corpus"), run.out());
    }

    @Test
    void goldAndCorpusDoNotGoTogether() {
        DevRun run = DevRun.of("eval", "--gold", gold().toString(), "--corpus", gold().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
    }
}
