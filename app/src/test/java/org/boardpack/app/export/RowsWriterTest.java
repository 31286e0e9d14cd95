package org.boardpack.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.boardpack.model.BoardpackJson;
import org.junit.jupiter.api.Test;

/** CSV cells as RFC 4180 and the documented conventions have them; JSON Lines one object a line. */
class RowsWriterTest {

    private final ObjectMapper json = BoardpackJson.newMapper();
    private final RowSource actions = new ActionRows(json);

    private ObjectNode action(String description, String updatesJson) throws IOException {
        ObjectNode row = json.createObjectNode();
        for (String c : actions.columns()) {
            row.putNull(c);
        }
        row.put("meeting", "blmk-partnership-board/2020-11-11").put("page", 12).put("description", description);
        row.set("updates", json.readTree(updatesJson));
        return row;
    }

    private String write(RowFormat format, List<ObjectNode> rows) throws IOException {
        StringWriter out = new StringWriter();
        new RowsWriter(json).write(format, actions, rows, out);
        return out.toString();
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndWritesUpdatesAsDatedText() throws IOException {
        String csv = write(RowFormat.csv, List.of(action("Write to \"NHSE\", then report\nback",
                "[{\"date\":\"2020-11-11\",\"text\":\"letter sent\"},{\"date\":null,\"text\":\"closed\"}]")));
        String[] lines = csv.split("\r\n", 2);
        assertEquals(String.join(",", actions.columns()), lines[0]);
        assertEquals(true, lines[1].contains("\"Write to \"\"NHSE\"\", then report\nback\""), lines[1]);
        assertEquals(true, lines[1].contains("2020-11-11: letter sent; closed"), lines[1]);
        assertEquals(true, lines[1].contains(",12,"), "page as a number: " + lines[1]);
    }

    @Test
    void formulaCellsAreWrittenAsTextUnlessRawIsAsked() throws IOException {
        List<ObjectNode> rows = List.of(action("=HYPERLINK(\"http://evil\",\"click\")", "[]"), action("@SUM(A1:A9)", "[]"));
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
        String jsonl = write(RowFormat.jsonl, List.of(action("a\nb", "[]"), action("c", "[]")));
        List<String> lines = jsonl.lines().toList();
        assertEquals(2, lines.size());
        assertEquals("a\nb", json.readTree(lines.get(0)).get("description").asText());
    }
}
