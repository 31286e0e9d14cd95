package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.boardpack.corpus.PackGenerator;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.nhs.NhsSeries;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.DueDates;
import org.boardpack.index.register.PackSnapshots;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boardpack actions} over a real index of one NHS board's packs across five months, rendered
 * by the generator with the truth of which rows are one action: the linked view, its history and
 * closure, the filters, the raw rows, the JSON against its schema, and the errors.
 */
class ActionsCommandTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();
    private static final int MONTHS = 5;

    @TempDir
    static Path tmp;
    static Path index;
    static NhsSeries.Series series;
    /** The generator's action id of each (file, source, ref). */
    static final Map<String, Integer> TRUTH = new HashMap<>();

    @BeforeAll
    static void ingestASeries() throws IOException {
        series = NhsSeries.render(21L, MONTHS);
        Path packs = tmp.resolve("packs");
        PackGenerator.write(series.packs(), packs);
        for (NhsSeries.Sighting s : series.sightings()) {
            TRUTH.put(key(s.pack() + ".pdf", s.source().name(), s.ref()), s.action());
        }
        index = tmp.resolve("index");
        CliRun run = CliRun.of("ingest", packs.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static List<JsonNode> linked(String... args) throws IOException {
        CliRun run = run(Stream.concat(Stream.of("--json"), Stream.of(args)).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return StreamSupport.stream(JSON.readTree(run.out()).spliterator(), false).toList();
    }

    private static CliRun run(String... args) {
        String[] all = Stream.concat(Stream.of("actions", "--index", index.toString()), Stream.of(args))
                .toArray(String[]::new);
        return CliRun.of(all);
    }

    @Test
    void everyLinkedActionFitsTheSchemaAndActionsCarryTheirHistoryAcrossMonths() throws IOException {
        Path schemaFile = Path.of(System.getProperty("boardpack.root", "..")).resolve("docs/schema/linked-action.schema.json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(schemaFile.toFile()));
        List<JsonNode> actions = linked("--as-of", "2030-01-01");
        assertFalse(actions.isEmpty());
        for (JsonNode a : actions) {
            assertEquals(List.of(), schema.validate(a), a.toString());
        }
        JsonNode longest = actions.stream().max(java.util.Comparator.comparingInt(a -> a.get("history").size())).orElseThrow();
        assertTrue(longest.get("history").size() >= 4, "an action listed in four papers or more: " + longest);
        List<String> dates = new ArrayList<>();
        longest.get("history").forEach(h -> dates.add(h.get("date").asText()));
        assertEquals(dates.stream().sorted().toList(), dates, "history in meeting order");
        assertTrue(new TreeSet<>(dates).size() >= 3, "from three meetings or more: " + dates);
    }

    @Test
    void theLinkedViewAgreesWithTheGeneratorsTruthPairByPair() throws IOException {
        long predicted = 0;
        long correct = 0;
        for (JsonNode a : linked("--as-of", "2030-01-01")) {
            List<Integer> members = new ArrayList<>();
            a.get("history").forEach(h -> members.add(TRUTH.get(key(Path.of(h.get("path").asText()).getFileName().toString(),
                    h.get("source").asText().toUpperCase(Locale.ROOT), h.get("ref").asText()))));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    predicted++;
                    if (members.get(i) != null && members.get(i).equals(members.get(j))) {
                        correct++;
                    }
                }
            }
        }
        Map<Integer, Integer> rowsPerAction = new HashMap<>();
        TRUTH.values().forEach(t -> rowsPerAction.merge(t, 1, Integer::sum));
        long truePairs = rowsPerAction.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
        double precision = correct / (double) predicted;
        double recall = correct / (double) truePairs;
        System.out.printf("linked from the index (extraction included): precision %.3f recall %.3f%n", precision, recall);
        assertTrue(precision >= 0.99 && recall >= 0.95, "precision " + precision + ", recall " + recall);
    }

    @Test
    void anActionIsClosedOnTheFirstMeetingWhosePapersShowItClosed() throws IOException {
        Map<Integer, String> firstClosed = new HashMap<>();
        for (RenderedPack p : series.packs()) {
            for (ActionSnapshot s : PackSnapshots.of(p.answers())) {
                if (s.action().status() == ActionStatus.CLOSED) {
                    firstClosed.merge(TRUTH.get(key(p.name() + ".pdf", s.action().source().name(), s.action().ref())),
                            s.date().toString(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            }
        }
        int checked = 0;
        for (JsonNode a : linked("--as-of", "2030-01-01")) {
            JsonNode first = a.get("history").get(0);
            Integer truth = TRUTH.get(key(Path.of(first.get("path").asText()).getFileName().toString(),
                    first.get("source").asText().toUpperCase(Locale.ROOT), first.get("ref").asText()));
            String expected = firstClosed.get(truth);
            assertEquals(expected, a.get("closed").isNull() ? null : a.get("closed").asText(), a.toString());
            if (expected != null) {
                checked++;
                assertEquals("closed", a.get("status").asText());
                assertFalse(a.get("overdue").asBoolean());
                JsonNode changes = a.get("status_changes");
                if (!changes.isEmpty()) {
                    // an action shown closed the first time its status is printed has no change to show
                    assertEquals(expected, changes.get(changes.size() - 1).get("date").asText(),
                            "the change to closed is dated the closing meeting");
                    assertEquals("closed", changes.get(changes.size() - 1).get("to").asText());
                }
            }
        }
        assertTrue(checked >= 5, "the series closes several actions: " + checked);
    }

    @Test
    void overdueIsEveryOpenActionWhoseDeadlinePassedBeforeTheAsOfDay() throws IOException {
        List<JsonNode> all = linked("--as-of", "2030-01-01");
        String lastMeeting = all.stream().flatMap(a -> StreamSupport.stream(a.get("history").spliterator(), false))
                .map(h -> h.get("date").asText()).max(String::compareTo).orElseThrow();
        LocalDate asOf = LocalDate.parse(lastMeeting).plusDays(1);
        Set<String> expected = new TreeSet<>();
        for (JsonNode a : all) {
            if (!"closed".equals(a.get("status").asText()) && DueDates.before(a.get("due").asText(null), asOf)) {
                expected.add(a.get("id").asText());
            }
        }
        Set<String> overdue = ids(linked("--overdue", "--as-of", asOf.toString()));
        assertFalse(overdue.isEmpty());
        assertEquals(expected, overdue);
        assertEquals(Set.of(), ids(linked("--overdue", "--as-of", "2000-01-01")), "nothing is overdue before it is due");
        CliRun table = run("--overdue", "--as-of", asOf.toString());
        assertTrue(table.out().startsWith(overdue.size() + " action(s) (as of " + asOf + ")"), table.out());
        assertTrue(table.out().contains("overdue"), table.out());
    }

    @Test
    void ownerMatchesBySurnameOrFullNameInAnyCase() throws IOException {
        List<JsonNode> all = linked("--as-of", "2030-01-01");
        String name = all.stream().map(a -> a.get("owner_name")).filter(n -> !n.isNull()).map(JsonNode::asText)
                .findFirst().orElseThrow();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        Set<String> expected = new TreeSet<>();
        for (JsonNode a : all) {
            String owners = a.get("owner").asText("") + "/" + a.get("owner_name").asText("");
            if (Stream.of(owners.split("/")).anyMatch(o -> o.strip().toLowerCase(Locale.ROOT)
                    .endsWith(surname.toLowerCase(Locale.ROOT)))) {
                expected.add(a.get("id").asText());
            }
        }
        assertEquals(expected, ids(linked("--owner", surname.toUpperCase(Locale.ROOT), "--as-of", "2030-01-01")));
        Set<String> byFullName = ids(linked("--owner", name.toLowerCase(Locale.ROOT), "--as-of", "2030-01-01"));
        assertTrue(byFullName.stream().allMatch(expected::contains) && !byFullName.isEmpty(), byFullName.toString());
    }

    @Test
    void statusKeepsActionsWhoseLatestStatusItIsAndAWrongOneIsAUsageError() throws IOException {
        List<JsonNode> all = linked("--as-of", "2030-01-01");
        for (String status : List.of("open", "closing", "closed")) {
            Set<String> expected = new TreeSet<>();
            all.stream().filter(a -> status.equals(a.get("status").asText())).forEach(a -> expected.add(a.get("id").asText()));
            assertEquals(expected, ids(linked("--status", status, "--as-of", "2030-01-01")), status);
        }
        CliRun wrong = run("--status", "done");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("open, closing, closed, other"), wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
    }

    @Test
    void snapshotsAreTheRowsEachPaperPrintedWithFileAndPage() throws IOException {
        List<JsonNode> all = linked("--as-of", "2030-01-01");
        int rows = all.stream().mapToInt(a -> a.get("history").size()).sum();
        List<JsonNode> snapshots = linked("--snapshots");
        assertEquals(rows, snapshots.size(), "every row is in exactly one linked action");
        assertTrue(snapshots.stream().allMatch(s -> s.get("action").has("ref") && s.get("path").isTextual()
                && s.get("date").isTextual()));
        CliRun table = run("--snapshots", "--body", series.packs().get(0).answers().meetings().get(0).body());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().startsWith(rows + " row(s)"), table.out());
        assertTrue(table.out().contains("FILE:PAGE") && table.out().contains(".pdf:"), table.out());
        CliRun none = run("--snapshots", "--body", "No Such Board");
        assertEquals(ExitCodes.USAGE, none.exitCode(), none.out());
        assertTrue(none.err().contains("no body 'No Such Board' in the index; its bodies include: "), none.err());
    }

    @Test
    void datesKeepActionsListedAtAMeetingInTheRange() throws IOException {
        List<JsonNode> all = linked("--as-of", "2030-01-01");
        String month = series.packs().get(2).name().replaceAll(".*-(\\d{4}-\\d{2})-\\d{2}$", "$1");
        Set<String> expected = new TreeSet<>();
        for (JsonNode a : all) {
            if (StreamSupport.stream(a.get("history").spliterator(), false)
                    .anyMatch(h -> h.get("date").asText().startsWith(month))) {
                expected.add(a.get("id").asText());
            }
        }
        assertEquals(expected, ids(linked("--from", month, "--to", month, "--as-of", "2030-01-01")));
        assertTrue(expected.size() < all.size());
    }

    @Test
    void withoutAnIndexItSaysToIngestFirst() {
        Path missing = tmp.resolve("nowhere");
        CliRun run = CliRun.of("actions", "--index", missing.toString());
        assertEquals(3, run.exitCode());
        assertEquals("boardpack: no index at " + missing + "; run boardpack ingest first", run.err().strip());
        assertFalse(Files.exists(missing));
    }

    private static Set<String> ids(List<JsonNode> actions) {
        Set<String> ids = new TreeSet<>();
        actions.forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private static String key(String file, String source, String ref) {
        return file + "|" + source + "|" + ref;
    }

    @Test
    void withoutAsOfOverdueIsJudgedOnTheLatestMeetingOfTheBodyAndSaysSo() throws IOException {
        String latest = null;
        for (JsonNode pack : JSON.readTree(CliRun.of("export", "--index", index.toString()).out())) {
            for (JsonNode m : pack.path("meetings")) {
                String date = m.path("date").asText(null);
                if (date != null && (latest == null || date.compareTo(latest) > 0)) {
                    latest = date;
                }
            }
        }
        assertEquals(ids(linked("--overdue", "--as-of", latest)), ids(linked("--overdue")));
        CliRun table = run("--overdue");
        assertTrue(table.out().contains("(as of " + latest + ", the latest meeting of "), table.out());
        assertTrue(table.out().contains("--as-of DATE to choose"), table.out());
    }
}
