package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boardpack decisions}: all decisions newest first without a query, the matching ones with
 * one, narrowed by kind, body and dates; each with its date, body, item, kind and file:page as the
 * records of the index (the whole-pack export) have them.
 */
class DecisionsCommandTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    @Test
    void withoutAQueryEveryDecisionIsListedNewestMeetingFirst() {
        JsonNode rows = corpus.json("decisions", "--limit", "0", "--json");
        assertEquals(corpus.records("decisions").size(), rows.size());
        String previous = "9999-12-31";
        for (JsonNode r : rows) {
            assertTrue(r.get("date").asText().compareTo(previous) <= 0, r.get("date") + " after " + previous);
            previous = r.get("date").asText();
        }
        assertEquals(5, corpus.json("decisions", "--limit", "5", "--json").size());
    }

    @Test
    void eachPacksDecisionsAreFoundByTheirWordsWithDateBodyItemKindAndPage() {
        int checked = 0;
        for (JsonNode pack : corpus.packs) {
            if (pack.get("decisions").isEmpty()) {
                continue;
            }
            JsonNode d = pack.get("decisions").get(pack.get("decisions").size() - 1);
            JsonNode m = null;
            for (JsonNode x : pack.get("meetings")) {
                m = x.get("id").equals(d.get("meeting")) ? x : m;
            }
            String text = d.get("text").asText();
            List<String> words = List.of(text.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+"));
            String query = String.join(" ", words.subList(0, Math.min(6, words.size())));
            JsonNode rows = corpus.json("decisions", query, "--body", m.get("body").asText(), "--json");
            boolean found = false;
            for (JsonNode r : rows) {
                found |= r.get("text").asText().equals(text) && r.get("date").equals(m.get("date"))
                        && r.get("body").equals(m.get("body")) && r.get("kind").equals(d.get("kind"))
                        && r.get("item").equals(d.get("item")) && r.get("page").equals(d.get("page"))
                        && r.get("path").equals(pack.get("source").get("path"));
            }
            assertTrue(found, query + " in " + rows);
            checked++;
        }
        assertTrue(checked >= 10, "packs with decisions: " + checked);
    }

    @Test
    void kindBodyAndDatesNarrowToTheirDecisions() {
        JsonNode all = corpus.json("decisions", "--limit", "0", "--json");
        for (String kind : List.of("agreed", "resolved", "approved", "noted")) {
            JsonNode only = corpus.json("decisions", "--kind", kind, "--limit", "0", "--json");
            long expected = 0;
            for (JsonNode r : all) {
                expected += r.get("kind").asText().equals(kind) ? 1 : 0;
            }
            assertEquals(expected, only.size(), kind);
        }
        String body = all.get(0).get("body").asText();
        String year = all.get(0).get("date").asText().substring(0, 4);
        JsonNode narrowed = corpus.json("decisions", "--body", body, "--from", year, "--to", year, "--limit", "0", "--json");
        long expected = 0;
        for (JsonNode r : all) {
            expected += r.get("body").asText().equals(body) && r.get("date").asText().startsWith(year) ? 1 : 0;
        }
        assertEquals(expected, narrowed.size());
        assertTrue(narrowed.size() > 0 && narrowed.size() < all.size());
    }

    @Test
    void aQueryRanksByRelevanceUnlessSortedByDate() {
        JsonNode ranked = corpus.json("decisions", "budget", "--json");
        JsonNode dated = corpus.json("decisions", "budget", "--sort", "date", "--json");
        assertTrue(ranked.size() >= 2, ranked.toString());
        assertEquals(ranked.size(), dated.size());
        for (int i = 1; i < dated.size(); i++) {
            assertTrue(dated.get(i).get("date").asText().compareTo(dated.get(i - 1).get("date").asText()) <= 0);
        }
        ranked.forEach(r -> assertTrue(r.get("text").asText().toLowerCase().contains("budget"), r.toString()));
    }

    @Test
    void theTableShowsDateBodyItemKindTextAndFilePage() {
        JsonNode first = corpus.json("decisions", "--limit", "1", "--json").get(0);
        CliRun run = corpus.run("decisions", "--limit", "1");
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("date\\s+body\\s+item\\s+kind\\s+decision\\s+file:page"), lines.get(0));
        String row = lines.get(2);
        assertTrue(row.startsWith(first.get("date").asText()), row);
        assertTrue(row.contains(first.get("body").asText()) && row.contains(first.get("text").asText()), row);
        assertTrue(row.endsWith(Path.of(first.get("path").asText()).getFileName() + ":" + first.get("page").asInt()), row);
        assertTrue(run.out().contains("1 of " + corpus.records("decisions").size() + " decisions shown"), run.out());
    }

    @Test
    void wrongOptionsAreUsageErrorsNamingTheOption() {
        for (String[] args : List.of(new String[] {"--kind", "decided"}, new String[] {"--sort", "newest"},
                new String[] {"--from", "2020-13"}, new String[] {"--limit", "-1"})) {
            CliRun run = CliRun.of(corpus.withIndex(concat("decisions", args)));
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains(args[0]), run.err());
        }
    }

    @Test
    void anUnknownBodyIsAUsageErrorWithTheBodiesThereAre() {
        for (String[] command : List.of(new String[] {"decisions"}, new String[] {"people", "Smith"},
                new String[] {"export", "decisions"}, new String[] {"export", "actions"}, new String[] {"actions"},
                new String[] {"actions", "--snapshots"}, new String[] {"search", "flu"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--body", "Nowhere Board"));
            CliRun run = CliRun.of(corpus.withIndex(args.toArray(String[]::new)));
            String what = String.join(" ", command) + ": " + run.out() + run.err();
            assertEquals(ExitCodes.USAGE, run.exitCode(), what);
            assertEquals("", run.out(), what);
            assertTrue(run.err().contains("no body 'Nowhere Board' in the index; its bodies include: "), what);
            assertEquals(1, run.err().strip().lines().count(), what);
        }
        String known = corpus.json("decisions", "--limit", "1", "--json").get(0).get("body").asText();
        assertTrue(!corpus.run("decisions", "--body", known).err().contains("no body"));
        assertTrue(corpus.run("actions", "--body", known).out().contains("action(s)"));
    }

    @Test
    void withoutAnIndexEveryCommandSaysHowToMakeOneAndExitsThree(@TempDir Path tmp) {
        String none = tmp.resolve("none").toString();
        for (String[] args : List.of(new String[] {"decisions"}, new String[] {"people", "Smith"},
                new String[] {"show", "a-board/2020-01-01"}, new String[] {"export", "actions", "--format", "csv"})) {
            CliRun run = CliRun.of(withIndex(args, none));
            assertEquals(ExitCodes.CANNOT_RUN, run.exitCode(), args[0] + ": " + run.out() + run.err());
            assertTrue(run.err().startsWith("boardpack: no index here; run 'boardpack ingest' first"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    private static String[] withIndex(String[] args, String index) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--index";
        all[args.length + 1] = index;
        return all;
    }

    static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
