package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boardpack search} with filters, date order and facets over the bundled corpus, checked
 * against the corpus's answer files and against what the unfiltered hits contain.
 */
class SearchFiltersCliTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();
    /** A word on most pages of every pack: a broad result set to filter and count. */
    private static final String BROAD = "board";

    @TempDir
    static Path tmp;
    static Path index;
    static List<PackRecord> answers;

    @BeforeAll
    static void ingestTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
        index = tmp.resolve("index");
        CliRun run = CliRun.of("ingest", corpus.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        answers = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                answers.add(JSON.readValue(p.toFile(), PackRecord.class));
            }
        }
    }

    private static JsonNode search(String... args) throws IOException {
        String[] all = Stream.concat(Stream.of("search"), Stream.concat(Stream.of(args),
                Stream.of("--index", index.toString(), "--json", "--facets", "--limit", "2000"))).toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = JSON.readTree(run.out());
        assertEquals(r.get("total").asInt(), r.get("hits").size(), "every hit listed");
        return r;
    }

    private static Map<String, Integer> facet(JsonNode result, String dim) {
        Map<String, Integer> m = new HashMap<>();
        result.get("facets").get(dim).get("counts").forEach(c -> m.put(c.get("label").asText(), c.get("count").asInt()));
        return m;
    }

    private static Map<String, Integer> tally(JsonNode result, Function<JsonNode, JsonNode> key) {
        Map<String, Integer> m = new HashMap<>();
        for (JsonNode h : result.get("hits")) {
            JsonNode k = key.apply(h);
            if (k != null && !k.isNull()) {
                m.merge(k.asText(), 1, Integer::sum);
            }
        }
        return m;
    }

    @Test
    void facetsCountWhatTheHitsContain() throws IOException {
        JsonNode all = search(BROAD);
        assertTrue(all.get("total").asInt() > 300, "a broad query: " + all.get("total"));
        assertEquals(tally(all, h -> h.get("type")), facet(all, "type"));
        assertFacet(tally(all, h -> h.get("body")), all, "body");
        assertEquals(tally(all, h -> h.get("date").isNull() ? null : JSON.getNodeFactory().textNode(h.get("date").asText().substring(0, 4))),
                facet(all, "year"));
        assertEquals(tally(all, h -> h.get("type").asText().equals("action") ? h.get("record").get("status") : null),
                facet(all, "status"));
        Map<String, Integer> owners = tally(all, h -> !h.get("type").asText().equals("action") ? null
                : h.get("record").get("owner_name").isNull() ? h.get("record").get("owner") : h.get("record").get("owner_name"));
        assertFacet(owners, all, "owner");
    }

    /** Bodies and owners list only the largest labels: those must be the tally's largest, with its counts. */
    private static void assertFacet(Map<String, Integer> tally, JsonNode result, String dim) {
        JsonNode f = result.get("facets").get(dim);
        assertEquals(tally.size(), f.get("labels").asInt(), dim);
        int smallestListed = Integer.MAX_VALUE;
        for (JsonNode c : f.get("counts")) {
            assertEquals(tally.get(c.get("label").asText()), c.get("count").asInt(), c.toString());
            smallestListed = Math.min(smallestListed, c.get("count").asInt());
        }
        assertEquals(Math.min(10, tally.size()), f.get("counts").size(), dim);
        Set<String> listed = new HashSet<>(f.findValuesAsText("label"));
        for (Map.Entry<String, Integer> e : tally.entrySet()) {
            assertTrue(listed.contains(e.getKey()) || e.getValue() <= smallestListed, dim + ": " + e + " left out");
        }
    }

    @Test
    void typeFilterNarrowsToThatTypeAndKeepsAllOfIt() throws IOException {
        JsonNode all = search(BROAD);
        for (String type : List.of("decision", "action", "attendance", "agenda_item", "meeting", "table", "page")) {
            JsonNode only = search(BROAD, "--type", type);
            assertEquals(facet(all, "type").getOrDefault(type, 0), only.get("total").asInt(), type);
            only.get("hits").forEach(h -> assertEquals(type, h.get("type").asText()));
        }
        JsonNode two = search(BROAD, "--type", "decision,action");
        assertEquals(facet(all, "type").get("decision") + facet(all, "type").get("action"), two.get("total").asInt());
    }

    @Test
    void bodyFilterByNameOrSlugNarrowsToThatBody() throws IOException {
        Map<String, Integer> bodies = tally(search(BROAD), h -> h.get("body"));
        for (PackRecord pack : answers) {
            Meeting m = pack.meetings().getFirst();
            String slug = m.id().substring(0, m.id().indexOf('/'));
            int expected = bodies.get(m.body());
            for (String given : List.of(m.body(), m.body().toUpperCase(), slug)) {
                JsonNode only = search(BROAD, "--body", given);
                assertEquals(expected, only.get("total").asInt(), given);
                only.get("hits").forEach(h -> assertEquals(m.body(), h.get("body").asText()));
            }
        }
    }

    @Test
    void dateRangeNarrowsToMeetingsInItWithShorthand() throws IOException {
        JsonNode all = search(BROAD);
        for (Map.Entry<String, Integer> year : facet(all, "year").entrySet()) {
            JsonNode only = search(BROAD, "--from", year.getKey(), "--to", year.getKey());
            assertEquals(year.getValue(), only.get("total").asInt(), year.getKey());
            only.get("hits").forEach(h -> assertTrue(h.get("date").asText().startsWith(year.getKey() + "-")));
        }
        for (PackRecord pack : answers) {
            String day = pack.meetings().getFirst().date();
            JsonNode month = search(BROAD, "--from", day.substring(0, 7), "--to", day.substring(0, 7));
            assertFalse(month.get("hits").isEmpty(), day);
            month.get("hits").forEach(h -> assertTrue(h.get("date").asText().startsWith(day.substring(0, 7)), h.toString()));
            JsonNode onTheDay = search(BROAD, "--from", day, "--to", day);
            onTheDay.get("hits").forEach(h -> assertEquals(day, h.get("date").asText()));
            assertTrue(onTheDay.get("total").asInt() <= month.get("total").asInt());
        }
        JsonNode since = search(BROAD, "--from", "2021");
        since.get("hits").forEach(h -> assertTrue(h.get("date").asText().compareTo("2021-01-01") >= 0));
    }

    @Test
    void dateOrderIsNewestMeetingFirst() throws IOException {
        JsonNode sorted = search(BROAD, "--sort", "date");
        String previous = "9999-12-31";
        boolean undated = false;
        for (JsonNode h : sorted.get("hits")) {
            if (h.get("date").isNull()) {
                undated = true;
                continue;
            }
            assertFalse(undated, "records without a meeting come after every dated one");
            assertTrue(h.get("date").asText().compareTo(previous) <= 0, h.get("date") + " after " + previous);
            previous = h.get("date").asText();
        }
        String newest = answers.stream().flatMap(p -> p.meetings().stream()).map(Meeting::date).max(String::compareTo).orElseThrow();
        assertEquals(newest, sorted.get("hits").get(0).get("date").asText());
    }

    @Test
    void eachPacksFirstDecisionIsFoundByItsWordsWithDateBodyAndPage() throws IOException {
        for (PackRecord pack : answers) {
            if (pack.decisions() == null || pack.decisions().isEmpty()) {
                continue;
            }
            Decision d = pack.decisions().getFirst();
            Meeting m = pack.meetings().stream().filter(x -> x.id().equals(d.meeting())).findFirst().orElseThrow();
            String words = String.join(" ", List.of(d.text().replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+"))
                    .subList(0, Math.min(6, d.text().split("\\s+").length)));
            JsonNode r = search(words, "--type", "decision", "--body", m.body(), "--from", m.date().substring(0, 4),
                    "--to", m.date().substring(0, 4));
            boolean found = false;
            for (JsonNode h : r.get("hits")) {
                found |= h.get("date").asText().equals(m.date()) && h.get("body").asText().equals(m.body())
                        && Path.of(h.get("path").asText()).getFileName().toString().equals(pack.source().path())
                        && h.get("page").asInt() == d.page();
            }
            assertTrue(found, "'" + words + "' of " + pack.source().path() + ":" + d.page() + " in " + r.get("hits"));
        }
    }

    @Test
    void anActionOwnerIsFoundWithOrWithoutHonorific() throws IOException {
        int checked = 0;
        for (PackRecord pack : answers) {
            Map<String, String> honorifics = new HashMap<>();
            for (Attendance a : pack.attendance()) {
                if (a.honorific() != null) {
                    honorifics.putIfAbsent(a.name(), a.honorific());
                }
            }
            for (Action a : pack.actions() == null ? List.<Action>of() : pack.actions()) {
                String honorific = honorifics.get(a.ownerName());
                if (honorific == null) {
                    continue;
                }
                String surname = a.ownerName().substring(a.ownerName().lastIndexOf(' ') + 1);
                for (String q : List.of(surname, a.ownerName(), "\"" + a.ownerName() + "\"", honorific + " " + a.ownerName(),
                        "\"" + honorific + " " + a.ownerName() + "\"")) {
                    JsonNode r = search(q, "--type", "action");
                    boolean found = false;
                    for (JsonNode h : r.get("hits")) {
                        found |= Path.of(h.get("path").asText()).getFileName().toString().equals(pack.source().path())
                                && h.get("page").asInt() == a.page()
                                && a.ownerName().equals(h.get("record").get("owner_name").asText());
                    }
                    assertTrue(found, q + ": the action of " + a.ownerName() + " at " + pack.source().path() + ":" + a.page());
                }
                checked++;
                break;
            }
        }
        assertTrue(checked >= 2, "packs with an action owned by someone with an honorific: " + checked);
    }

    @Test
    void wrongOptionsAreUsageErrorsNamingTheOption() {
        assertUsage("--from", "search", "x", "--from", "2020-13", "--index", index.toString());
        assertUsage("--to", "search", "x", "--to", "13/11/2020", "--index", index.toString());
        assertUsage("after --to", "search", "x", "--from", "2021", "--to", "2020", "--index", index.toString());
        assertUsage("decision", "search", "x", "--type", "decisions", "--index", index.toString());
        assertUsage("--sort", "search", "x", "--sort", "newest", "--index", index.toString());
    }

    private static void assertUsage(String mentions, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(mentions), run.err());
    }

    @Test
    void anUnknownBodyIsSaidSoWithTheBodiesThereAre() {
        CliRun run = CliRun.of("search", BROAD, "--body", "Nowhere Board", "--index", index.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("no body 'Nowhere Board' in the index"), run.err());
        assertTrue(run.err().contains(answers.getFirst().meetings().getFirst().body()) || run.err().contains("; "), run.err());
    }

    @Test
    void humanOutputShowsFacetsAndHowManyHitsAreLeft() {
        CliRun run = CliRun.of("search", BROAD, "--facets", "--limit", "2", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2 of "), run.out());
        for (String dim : List.of("body:", "year:", "type:", "status:", "owner:")) {
            assertTrue(run.out().contains("  " + dim), dim + " in " + run.out());
        }
    }
}
