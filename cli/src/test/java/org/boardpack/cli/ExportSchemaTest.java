package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code docs/schema} describe what the commands really write: every row of
 * every typed export, every whole-pack object, and the rows inside {@code decisions}, {@code
 * people} and {@code show} output, from an index of the bundled corpus.
 */
class ExportSchemaTest {

    /** Export name → its row schema. */
    private static final Map<String, String> ROW_SCHEMAS = Map.of("actions", "export-action", "decisions",
            "export-decision", "attendance", "export-attendance", "agenda", "export-agenda", "tables", "export-table");

    private final CorpusIndex corpus = CorpusIndex.get();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private Schema schema(String name) throws IOException {
        Path file = Path.of(System.getProperty("boardpack.root", "..")).resolve("docs/schema/" + name + ".schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return registry.getSchema(in);
        }
    }

    private static void assertValid(Schema schema, JsonNode node, String what) {
        List<Error> errors = schema.validate(node);
        assertTrue(errors.isEmpty(), what + ": " + errors + " in " + node);
    }

    @Test
    void everyRowOfEveryTypedExportFitsItsSchema() throws IOException {
        for (Map.Entry<String, String> e : ROW_SCHEMAS.entrySet()) {
            Schema schema = schema(e.getValue());
            JsonNode rows = corpus.json(ExportCommandTest.exportArgs(e.getKey()));
            assertFalse(rows.isEmpty(), e.getKey());
            rows.forEach(r -> assertValid(schema, r, e.getKey()));
        }
    }

    @Test
    void everyWholePackObjectFitsTheBoardpack1Schema() throws IOException {
        Schema schema = schema("boardpack-1");
        assertFalse(corpus.packs.isEmpty());
        corpus.packs.forEach(p -> assertValid(schema, p, p.get("source").get("path").asText()));
    }

    @Test
    void theListingCommandsPrintRowsOfTheSameShapes() throws IOException {
        Schema decision = schema("export-decision");
        corpus.json("decisions", "--limit", "0", "--json").forEach(r -> assertValid(decision, r, "decisions --json"));

        JsonNode anyDecision = corpus.json("export", "decisions").get(0);
        JsonNode shown = corpus.json("show", anyDecision.get("meeting").asText(), "--json");
        shown.get("decisions").forEach(r -> assertValid(decision, r, "show decisions"));
        Schema attendance = schema("export-attendance");
        shown.get("attendance").forEach(r -> assertValid(attendance, r, "show attendance"));
        Schema agenda = schema("export-agenda");
        shown.get("agenda_items").forEach(r -> assertValid(agenda, r, "show agenda"));
        Schema action = schema("export-action");
        shown.get("actions").forEach(r -> assertValid(action, r, "show actions"));

        JsonNode anyOwned = null;
        for (JsonNode a : corpus.json("export", "actions", "--snapshots")) {
            anyOwned = anyOwned == null && !a.get("owner_name").isNull() ? a : anyOwned;
        }
        JsonNode people = corpus.json("people", anyOwned.get("owner_name").asText(), "--json");
        assertFalse(people.get("people").isEmpty());
        for (JsonNode p : people.get("people")) {
            p.get("attendance").forEach(r -> assertValid(attendance, r, "people attendance"));
            p.get("actions").forEach(r -> assertValid(action, r, "people actions"));
        }
    }

    @Test
    void aRowWithARenamedOrMissingFieldIsRejected() throws IOException {
        Schema schema = schema("export-decision");
        ObjectNode row = (ObjectNode) corpus.json("export", "decisions").get(0);
        assertValid(schema, row, "as exported");
        ObjectNode renamed = row.deepCopy();
        renamed.set("decision_text", renamed.remove("text"));
        assertEquals(2, schema.validate(renamed).size(), "one unknown field, one missing: " + schema.validate(renamed));
        ObjectNode wrongKind = row.deepCopy();
        wrongKind.put("kind", "AGREED");
        assertFalse(schema.validate(wrongKind).isEmpty());
    }
}
