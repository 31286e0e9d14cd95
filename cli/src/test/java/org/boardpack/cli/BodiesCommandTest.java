package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boardpack.model.PackRecord;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code boardpack bodies}, its corrections and {@code --bodies}, on the bundled corpus. */
class BodiesCommandTest {

    /** Words that are never part of a body's name: the paper's, a date's, a venue's. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(held on|meeting of|minutes of|january|february|march"
            + "|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday"
            + "|room|chamber|teams|zoom)\\b");

    @TempDir
    Path tmp;

    private static JsonNode bodies(Path index, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("bodies", "--json", "--index", index.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return CorpusIndex.JSON.readTree(run.out());
    }

    private static Set<String> names(JsonNode body) {
        Set<String> out = new LinkedHashSet<>();
        out.add(body.get("name").asText());
        body.get("aliases").forEach(a -> out.add(a.get("name").asText()));
        return out;
    }

    @Test
    void eachBodyOfTheCorpusIsListedOnceUnderEveryNameItsPapersPrint() throws IOException {
        CorpusIndex corpus = CorpusIndex.get();
        JsonNode listed = bodies(corpus.dir);
        Set<String> answerBodies = new LinkedHashSet<>();
        for (PackRecord p : corpus.answers) {
            p.meetings().stream().map(Meeting::body).forEach(answerBodies::add);
        }
        assertEquals(answerBodies.size(), listed.size(), listed.toPrettyString());
        for (String b : answerBodies) {
            long holding = 0;
            for (JsonNode body : listed) {
                if (names(body).contains(b)) {
                    holding++;
                }
            }
            assertEquals(1, holding, b + " in " + listed.toPrettyString());
        }
        for (JsonNode body : listed) {
            names(body).forEach(n -> assertFalse(NOT_A_NAME.matcher(n).find(), n));
            assertTrue(body.get("packs").asInt() >= 1 && body.get("meetings").asInt() >= 1, body.toString());
            assertTrue(body.get("first_meeting").asText().compareTo(body.get("last_meeting").asText()) <= 0);
        }
        CliRun text = CliRun.of("bodies", "--index", corpus.dir.toString());
        assertTrue(text.out().startsWith(answerBodies.size() + " bodies"), text.out());
    }

    private Path copyOfCorpusIndex() throws IOException {
        Path copy = tmp.resolve("index");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(CorpusIndex.get().dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    @Test
    void aMergeAndARenameAreKeptWithTheIndexAndAnsweredUnderEveryName() throws IOException {
        Path index = copyOfCorpusIndex();
        int before = bodies(index).size();
        CliRun merge = CliRun.of("bodies", "merge", "CPV Partnership Board", "nws-partnership-board",
                "--into", "Northern Partnership Boards", "--index", index.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(Files.isRegularFile(index.resolve("boardpack-bodies.toml")));
        CliRun rename = CliRun.of("bodies", "rename", "TWD Partnership Board", "Tees and Wear Board", "--index", index.toString());
        assertEquals(0, rename.exitCode(), rename.err());

        JsonNode after = bodies(index);
        assertEquals(before - 1, after.size());
        JsonNode merged = find(after, "Northern Partnership Boards");
        assertTrue(names(merged).containsAll(List.of("CPV Partnership Board", "NWS Partnership Board")), merged.toString());
        assertTrue(merged.get("declared").asBoolean());
        assertTrue(names(find(after, "Tees and Wear Board")).contains("TWD Partnership Board"));

        for (String name : List.of("Northern Partnership Boards", "CPV Partnership Board", "NWS Partnership Board")) {
            CliRun decisions = CliRun.of("decisions", "--body", name, "--json", "--limit", "0", "--index", index.toString());
            assertEquals(0, decisions.exitCode(), decisions.err());
            Set<String> bodiesOfRows = new LinkedHashSet<>();
            CorpusIndex.JSON.readTree(decisions.out()).forEach(r -> bodiesOfRows.add(r.get("body").asText()));
            assertEquals(Set.of("CPV Partnership Board", "NWS Partnership Board"), bodiesOfRows, name);
        }
    }

    @Test
    void aBodyTheIndexDoesNotHaveIsAUsageError() throws IOException {
        CliRun run = CliRun.of("bodies", "rename", "No Such Board", "X", "--index", copyOfCorpusIndex().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("no body 'No Such Board'"), run.err());
    }

    @Test
    void aBodiesFileGivenWithBodiesDeclaresABody() throws IOException {
        CorpusIndex corpus = CorpusIndex.get();
        Path file = tmp.resolve("my-bodies.toml");
        Files.writeString(file, """
                [[body]]
                name = "Riverside Hospice"
                aliases = ["Riverside Hospice Board of Trustees"]
                kind = "charity"
                """);
        JsonNode listed = bodies(corpus.dir, "--bodies", file.toString());
        JsonNode riverside = find(listed, "Riverside Hospice");
        assertEquals("charity", riverside.get("kind").asText());
        assertTrue(riverside.get("declared").asBoolean());
        Files.writeString(file, "[[body]\nname = 1\n");
        CliRun bad = CliRun.of("bodies", "--index", corpus.dir.toString(), "--bodies", file.toString());
        assertEquals(ExitCodes.CANNOT_RUN, bad.exitCode());
        assertTrue(bad.err().contains(file.toString()), bad.err());
    }

    @Test
    void ingestWithBodyMakesEveryFileUnderThePathThatBodysPapers() throws IOException {
        Path packs = tmp.resolve("packs");
        Files.createDirectories(packs);
        Path corpus = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("nhs-") && p.toString().endsWith(".pdf"))
                    .sorted().limit(2).toList()) {
                Files.copy(p, packs.resolve(p.getFileName()));
            }
        }
        Path index = tmp.resolve("own-index");
        CliRun ingest = CliRun.of("ingest", packs.toString(), "--index", index.toString(), "--body", "Our Partnership Board");
        assertEquals(0, ingest.exitCode(), ingest.err());
        JsonNode listed = bodies(index);
        assertEquals(1, listed.size(), listed.toPrettyString());
        assertEquals("Our Partnership Board", listed.get(0).get("name").asText());
        assertEquals(2, listed.get(0).get("packs").asInt());
        CliRun noPaths = CliRun.of("ingest", "--index", index.toString(), "--body", "X");
        assertEquals(ExitCodes.USAGE, noPaths.exitCode());
    }

    private static JsonNode find(JsonNode bodies, String name) {
        for (JsonNode b : bodies) {
            if (b.get("name").asText().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no body " + name + " in " + bodies.toPrettyString());
    }
}
