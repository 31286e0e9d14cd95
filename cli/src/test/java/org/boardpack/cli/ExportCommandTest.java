package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boardpack export TYPE}: the rows of each type are the records the index holds (as the
 * whole-pack export has them) with their context; filters narrow; JSON Lines and CSV carry the
 * same rows; {@code export} alone is still {@code export all}.
 */
class ExportCommandTest {

    /** Export name → the boardpack/1 list its rows come from. */
    static final Map<String, String> LISTS = Map.of("actions", "actions", "decisions", "decisions",
            "attendance", "attendance", "agenda", "agenda_items", "tables", "tables");

    private final CorpusIndex corpus = CorpusIndex.get();

    /** The export of a type's flat rows: for actions the per-pack rows, which map one to one on records. */
    static String[] exportArgs(String type, String... more) {
        List<String> args = new ArrayList<>(List.of("export", type));
        if (type.equals("actions")) {
            args.add("--snapshots");
        }
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @TempDir
    Path tmp;

    @Test
    void eachTypeExportsEveryRecordOfItsListWithTheRecordsFields() {
        for (Map.Entry<String, String> type : LISTS.entrySet()) {
            JsonNode rows = corpus.json(exportArgs(type.getKey()));
            List<JsonNode> records = corpus.records(type.getValue());
            assertFalse(records.isEmpty(), type.getKey());
            assertEquals(records.size(), rows.size(), type.getKey());
            // every record's own fields appear, unchanged, in exactly one row
            Map<String, Integer> expected = tally(records, r -> fieldsOf(r, rows.get(0)));
            Map<String, Integer> actual = tally(rows, r -> fieldsOf(r, rows.get(0)));
            assertEquals(expected, actual, type.getKey());
        }
    }

    /** The record's values of the fields it shares with a row, context aside. */
    private static String fieldsOf(JsonNode record, JsonNode sampleRow) {
        StringJoiner j = new StringJoiner("|");
        sampleRow.fieldNames().forEachRemaining(f -> {
            if (!List.of("meeting", "body", "date", "path", "page", "pack_meeting").contains(f)) {
                j.add(f + "=" + record.get(f));
            }
        });
        return j.toString();
    }

    @Test
    void rowsCarryTheirMeetingBodyDateFileAndPage() {
        JsonNode rows = corpus.json("export", "decisions");
        Map<String, String> bodies = new HashMap<>();
        for (JsonNode pack : corpus.packs) {
            pack.get("meetings").forEach(m -> bodies.put(m.get("id").asText(), m.get("body").asText()));
        }
        for (JsonNode pack : corpus.packs) {
            for (JsonNode d : pack.get("decisions")) {
                boolean found = false;
                for (JsonNode r : rows) {
                    found |= r.get("text").equals(d.get("text")) && r.get("page").equals(d.get("page"))
                            && r.get("path").equals(pack.get("source").get("path"))
                            && r.get("meeting").equals(d.get("meeting"))
                            && r.get("body").asText().equals(bodies.get(d.get("meeting").asText()))
                            && d.get("meeting").asText().endsWith("/" + r.get("date").asText());
                }
                assertTrue(found, d.toString());
            }
        }
    }

    @Test
    void bodyAndDateFiltersNarrowToTheirRows() {
        JsonNode all = corpus.json("export", "attendance");
        String body = all.get(all.size() - 1).get("body").asText();
        String year = all.get(0).get("date").asText().substring(0, 4);
        JsonNode ofBody = corpus.json("export", "attendance", "--body", body);
        assertEquals(count(all, r -> r.get("body").asText().equals(body)), ofBody.size());
        ofBody.forEach(r -> assertEquals(body, r.get("body").asText()));
        JsonNode ofYear = corpus.json("export", "attendance", "--from", year, "--to", year);
        assertEquals(count(all, r -> r.get("date").asText().startsWith(year)), ofYear.size());
        assertTrue(ofYear.size() < all.size());
    }

    @Test
    void jsonLinesHoldTheSameRowsOnePerLine() throws IOException {
        for (String type : LISTS.keySet()) {
            JsonNode array = corpus.json(exportArgs(type));
            List<String> lines = corpus.run(exportArgs(type, "--format", "jsonl")).out().lines().toList();
            assertEquals(array.size(), lines.size(), type);
            for (int i = 0; i < lines.size(); i++) {
                assertEquals(array.get(i), CorpusIndex.JSON.readTree(lines.get(i)), type + " line " + (i + 1));
            }
        }
    }

    @Test
    void csvParsesBackToTheJsonRowsWithTheJsonFieldNamesAsHeader() throws IOException {
        CsvMapper csv = new CsvMapper();
        for (String type : LISTS.keySet()) {
            JsonNode array = corpus.json(exportArgs(type));
            String text = corpus.run(exportArgs(type, "--format", "csv")).out();
            assertTrue(text.contains("\r\n"), "RFC 4180 line ends");
            List<String> fields = new ArrayList<>();
            array.get(0).fieldNames().forEachRemaining(fields::add);
            List<Map<String, String>> parsed = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = csv.readerFor(Map.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
                it.forEachRemaining(parsed::add);
            }
            assertEquals(array.size(), parsed.size(), type + " rows");
            assertEquals(fields, new ArrayList<>(parsed.get(0).keySet()), type + " header");
            for (int i = 0; i < array.size(); i++) {
                JsonNode row = array.get(i);
                Map<String, String> cells = parsed.get(i);
                for (String f : fields) {
                    assertEquals(expectedCell(f, row.get(f)), cells.get(f), type + " row " + (i + 1) + " " + f);
                }
            }
        }
    }

    /** The documented CSV conventions: null empty, updates "date: text; …", other lists as JSON text. */
    private static String expectedCell(String field, JsonNode v) {
        if (v.isNull()) {
            return "";
        }
        if (field.equals("updates")) {
            StringJoiner j = new StringJoiner("; ");
            v.forEach(u -> j.add(u.get("date").isNull() ? u.get("text").asText()
                    : u.get("date").asText() + ": " + u.get("text").asText()));
            return j.toString();
        }
        return v.isContainerNode() ? v.toString() : v.asText();
    }

    @Test
    void exportWithoutATypeIsExportAllAndCsvOfAllIsRefusedSayingWhy() {
        assertEquals(corpus.run("export").out(), corpus.run("export", "all").out());
        assertEquals(corpus.packs.size(), corpus.run("export", "all", "--format", "jsonl").out().lines().count());
        CliRun csv = CliRun.of(corpus.withIndex("export", "all", "--format", "csv"));
        assertEquals(ExitCodes.USAGE, csv.exitCode());
        assertTrue(csv.err().contains("one record type as CSV"), csv.err());
        CliRun filtered = CliRun.of(corpus.withIndex("export", "--body", "x"));
        assertEquals(ExitCodes.USAGE, filtered.exitCode());
        CliRun unknown = CliRun.of(corpus.withIndex("export", "minutes"));
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("actions, decisions, attendance, agenda, tables"), unknown.err());
    }

    @Test
    void outWritesTheFileAndSaysHowManyRows() throws IOException {
        Path file = tmp.resolve("decisions.csv");
        CliRun run = corpus.run("export", "decisions", "--format", "csv", "--out", file.toString());
        long rows = Files.readString(file).split("\r\n").length - 1;
        assertEquals(corpus.records("decisions").size(), rows);
        assertTrue(run.out().contains("Exported " + rows + " decisions row(s) to " + file), run.out());
        CliRun nowhere = CliRun.of(corpus.withIndex("export", "decisions", "--out", tmp.resolve("no/such/dir.json").toString()));
        assertEquals(ExitCodes.CANNOT_RUN, nowhere.exitCode());
        assertTrue(nowhere.err().startsWith("boardpack: cannot write the export to"), nowhere.err());
        assertFalse(nowhere.err().contains("Exception"), nowhere.err());
    }

    private static Map<String, Integer> tally(Iterable<JsonNode> nodes, java.util.function.Function<JsonNode, String> key) {
        Map<String, Integer> m = new HashMap<>();
        nodes.forEach(n -> m.merge(key.apply(n), 1, Integer::sum));
        return m;
    }

    private static long count(JsonNode rows, java.util.function.Predicate<JsonNode> p) {
        long n = 0;
        for (Iterator<JsonNode> it = rows.elements(); it.hasNext(); ) {
            n += p.test(it.next()) ? 1 : 0;
        }
        return n;
    }
}
