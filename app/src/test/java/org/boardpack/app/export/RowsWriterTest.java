package org.boardpack.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.actions.ActionUpdate;
import org.junit.jupiter.api.Test;

/** CSV cells as RFC 4180 and the documented conventions have them; JSON Lines one object a line. */
class RowsWriterTest {

    private final ObjectMapper json = BoardpackJson.newMapper();
    private final ActionRows actions = new ActionRows();

    private static ActionRow action(String description, ActionUpdate... updates) {
        return new ActionRow("blmk-partnership-board/2020-11-11", null, null, null, 12, null, null, null, description,
                null, null, null, null, null, null, null, List.of(updates), "blmk-board/2020-11-11");
    }

    private String write(RowFormat format, List<ActionRow> rows) throws IOException {
        StringWriter out = new StringWriter();
        new RowsWriter(json).write(format, actions, rows, out);
        return out.toString();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndWritesUpdatesAsDatedText() throws IOException {
        String csv = write(RowFormat.csv, List.of(action("Write to \"NHSE\", then report\nback",
                new ActionUpdate("2020-11-11", "letter sent"), new ActionUpdate(null, "closed"))));
        String[] lines = csv.split("\r\n", 2);
        assertEquals(String.join(",", actions.columns()), lines[0]);
        assertEquals(true, lines[1].contains("\"Write to \"\"NHSE\"\", then report\nback\""), lines[1]);
        assertEquals(true, lines[1].contains("2020-11-11: letter sent; closed"), lines[1]);
        assertEquals(true, lines[1].contains(",12,"), "page as a number: " + lines[1]);
    }

    @Test
    void formulaCellsAreWrittenAsTextUnlessRawIsAsked() throws IOException {
        List<ActionRow> rows = List.of(action("=HYPERLINK(\"http://evil\",\"click\")"), action("@SUM(A1:A9)"));
        String safe = write(RowFormat.csv, rows);
        assertEquals(true, safe.contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\","), safe);
        assertEquals(true, safe.contains(",\"'@SUM(A1:A9)\","), safe);

        StringWriter raw = new StringWriter();
        new RowsWriter(json, true).write(RowFormat.csv, actions, rows, raw);
        assertEquals(true, raw.toString().contains(",\"@SUM(A1:A9)\","), raw.toString());

        assertEquals("@SUM(A1:A9)", json.readTree(write(RowFormat.jsonl, rows).lines().toList().get(1))
                .get("description").asText(), "JSON is never changed");
    }

    @Test
    void anEmptyCsvExportStillHasItsHeader() throws IOException {
        assertEquals(String.join(",", actions.columns()) + "\r\n", write(RowFormat.csv, List.of()));
    }

    @Test
    void jsonLinesAreOneCompactObjectPerLine() throws IOException {
        String jsonl = write(RowFormat.jsonl, List.of(action("a\nb"), action("c")));
        List<String> lines = jsonl.lines().toList();
        assertEquals(2, lines.size());
        assertEquals("a\nb", json.readTree(lines.get(0)).get("description").asText());
    }

    @Test
    void aRowTypesComponentsAreItsColumnsInOrderAsTheFormatNamesThem() throws IOException {
        assertEquals(List.of("meeting", "body", "date", "path", "page", "source", "ref", "item", "description", "owner",
                "owner_name", "raised", "due", "due_text", "status", "status_text", "updates", "pack_meeting"), actions.columns());
        JsonNode row = json.readTree(write(RowFormat.jsonl, List.of(action("c"))));
        List<String> fields = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(fields::add);
        assertEquals(actions.columns(), fields);
        assertEquals(true, row.get("due_text").isNull(), "an unknown value is written as null, never left out");
    }
}
