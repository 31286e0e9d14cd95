package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled corpus ingested on two threads, committed in small batches, holds exactly the
 * records one thread gives; a second run parses nothing.
 */
class ParallelIngestTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    private Map<String, JsonNode> recordsByPath(Path index) throws Exception {
        CliRun run = CliRun.of("export", "--index", index.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Map<String, JsonNode> byPath = new TreeMap<>();
        for (JsonNode pack : json.readTree(run.out())) {
            byPath.put(pack.get("source").get("path").asText(), pack);
        }
        return byPath;
    }

    private JsonNode ingest(Path index, String threads, String name) throws Exception {
        Path report = tmp.resolve(name + ".json");
        Path corpus = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        CliRun run = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--threads", threads, "--commit-every", "4",
                "--report", report.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        return json.readTree(report.toFile());
    }

    @Test
    void twoThreadsGiveTheRecordsOfOneAndAnUnchangedRunParsesNothing() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        JsonNode serial = ingest(one, "1", "serial");
        JsonNode parallel = ingest(two, "2", "parallel");

        assertEquals(1, serial.get("threads").asInt());
        assertEquals(2, parallel.get("threads").asInt());
        assertEquals(serial.get("records"), parallel.get("records"), "the same counts by record type");
        assertEquals(serial.get("pages").asInt(), parallel.get("pages").asInt());
        assertTrue(parallel.get("parse_seconds").asDouble() > 0, parallel.toString());

        Map<String, JsonNode> expected = recordsByPath(one);
        Map<String, JsonNode> got = recordsByPath(two);
        assertEquals(parallel.get("files").get("ingested").asInt(), got.size(),
                "every file committed, though in batches of 4");
        assertEquals(expected.keySet(), got.keySet());
        expected.forEach((path, record) -> assertEquals(record, got.get(path), "the records of " + path));

        JsonNode again = ingest(two, "2", "again");
        assertEquals(0, again.get("files").get("ingested").asInt());
        assertEquals(0, again.get("files").get("reextracted").asInt());
        assertEquals(got.size(), again.get("files").get("unchanged").asInt());
        assertEquals(0, again.get("pages").asInt(), "nothing parsed on a no-change run");
        assertEquals(0, again.get("records").size(), "no records written");
    }
}
