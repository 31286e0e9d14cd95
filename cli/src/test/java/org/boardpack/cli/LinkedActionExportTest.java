package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code export actions} writes the register linked across meetings over the bundled corpus: every
 * row fits the linked-action schema, and every raw row of every pack lands in exactly one linked
 * action's history.
 */
class LinkedActionExportTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    @Test
    void linkedExportFitsTheSchemaAndAccountsForEverySnapshotRowOnce() throws IOException {
        Path schemaFile = Path.of(System.getProperty("boardpack.root", "..")).resolve("docs/schema/linked-action.schema.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(CorpusIndex.JSON.readTree(schemaFile.toFile()));
        JsonNode linked = corpus.json("export", "actions");
        JsonNode snapshots = corpus.json("export", "actions", "--snapshots");
        assertFalse(linked.isEmpty());
        Set<String> ids = new HashSet<>();
        Set<String> seen = new HashSet<>();
        int historyRows = 0;
        for (JsonNode a : linked) {
            assertEquals(List.of(), schema.validate(a), a.toString());
            assertTrue(ids.add(a.get("id").asText()), "ids are unique: " + a.get("id"));
            for (JsonNode h : a.get("history")) {
                historyRows++;
                seen.add(h.get("path").asText() + ":" + h.get("page").asInt() + ":" + h.get("ref").asText());
            }
        }
        assertEquals(snapshots.size(), historyRows, "each pack's row is in one linked action's history");
        assertTrue(linked.size() <= snapshots.size());
        for (JsonNode s : snapshots) {
            assertTrue(seen.contains(s.get("path").asText() + ":" + s.get("page").asInt() + ":" + s.get("ref").asText()),
                    "snapshot row in a history: " + s);
        }
    }

    @Test
    void linkedCsvHasOneRowPerLinkedAction() throws IOException {
        JsonNode linked = corpus.json("export", "actions");
        String text = corpus.run("export", "actions", "--format", "csv").out();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<Map<String, String>> rows = it.readAll();
            assertEquals(linked.size(), rows.size());
            assertEquals(linked.get(0).get("id").asText(), rows.get(0).get("id"));
        }
    }

    @Test
    void snapshotsGoOnlyWithActions() {
        CliRun run = CliRun.of(corpus.withIndex("export", "decisions", "--snapshots"));
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--snapshots goes with 'export actions'"), run.err());
    }
}
