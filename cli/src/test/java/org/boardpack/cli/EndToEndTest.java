package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.attendance.Attendance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipe on the bundled sample corpus: ingest into a temporary index, then search for
 * things the corpus's answer files say are on a given page of a given file.
 */
class EndToEndTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    @TempDir
    static Path tmp;
    static Path index;
    static Path corpus;

    @BeforeAll
    static void ingestTheSampleCorpus() {
        corpus = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
        index = tmp.resolve("index");
        CliRun run = CliRun.of("ingest", corpus.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(" 0 failed"), run.out());
    }

    static List<Path> answerFiles() throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theCorpusHasAtLeastSixPacksWithAnswers() throws IOException {
        assertTrue(answerFiles().size() >= 6, "answers: " + answerFiles());
        for (Path a : answerFiles()) {
            assertTrue(Files.exists(Path.of(a.toString().replaceFirst("\\.json$", ".pdf"))), a.toString());
        }
    }

    @Test
    void aPersonFromEachPacksAttendanceIsFoundOnTheRightPageOfTheRightFile() throws IOException {
        for (Path answers : answerFiles()) {
            PackRecord expected = JSON.readValue(answers.toFile(), PackRecord.class);
            Attendance person = expected.attendance().getFirst();
            Path pdf = corpus.resolve(expected.source().path());
            CliRun run = CliRun.of("search", "\"" + person.name() + "\"", "--index", index.toString(), "--json",
                    "--limit", "50");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode hits = JSON.readTree(run.out()).get("hits");
            boolean found = false;
            for (JsonNode h : hits) {
                found |= h.get("type").asText().equals("attendance")
                        && Path.of(h.get("path").asText()).equals(pdf)
                        && h.get("page").asInt() == person.page()
                        && h.get("meeting").asText().equals(person.meeting());
            }
            assertTrue(found, person + " not found at " + pdf + ":" + person.page() + " in " + run.out());
        }
    }

    @Test
    void aDecisionsWordingIsFoundAsPageTextOnItsPage() throws IOException {
        for (Path answers : answerFiles()) {
            PackRecord expected = JSON.readValue(answers.toFile(), PackRecord.class);
            if (expected.decisions() == null || expected.decisions().isEmpty()) {
                continue;
            }
            var decision = expected.decisions().getFirst();
            String phrase = String.join(" ", Arrays.copyOfRange(decision.text().split("\\s+"), 0,
                    Math.min(6, decision.text().split("\\s+").length))).replaceAll("[\"():]", " ");
            CliRun run = CliRun.of("search", "\"" + phrase + "\"", "--index", index.toString(), "--json", "--limit", "50");
            JsonNode hits = JSON.readTree(run.out()).get("hits");
            boolean found = false;
            for (JsonNode h : hits) {
                found |= h.get("type").asText().equals("page")
                        && Path.of(h.get("path").asText()).getFileName().toString().equals(expected.source().path())
                        && h.get("page").asInt() == decision.page()
                        && h.get("snippet").asText().contains("<b>");
            }
            assertTrue(found, "'" + phrase + "' not on page " + decision.page() + " of " + expected.source().path());
        }
    }

    @Test
    void humanSearchOutputShowsFilePageTypeAndMeeting() throws IOException {
        PackRecord expected = JSON.readValue(answerFiles().getFirst().toFile(), PackRecord.class);
        Attendance person = expected.attendance().getFirst();
        CliRun run = CliRun.of("search", "\"" + person.name() + "\"", "--index", index.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains(expected.source().path() + ":" + person.page()), run.out());
        assertTrue(run.out().contains("[attendance]"), run.out());
    }

    @Test
    void exportWritesOneBoardpackRecordPerIngestedFile() throws IOException {
        Path out = tmp.resolve("export.jsonl");
        CliRun run = CliRun.of("export", "--index", index.toString(), "--format", "jsonl", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(answerFiles().size(), lines.size());
        for (String line : lines) {
            JsonNode r = JSON.readTree(line);
            assertEquals("boardpack/1", r.get("schema").asText());
            assertEquals(64, r.get("source").get("sha256").asText().length());
            assertFalse(r.get("meetings").isEmpty(), line.substring(0, 200));
        }
    }

    @Test
    void extractWritesTheRecordOfEachFileWithoutAnIndex() throws IOException {
        Path out = tmp.resolve("extracted");
        List<Path> pdfs = answerFiles().stream().map(a -> Path.of(a.toString().replaceFirst("\\.json$", ".pdf"))).toList();
        String[] args = new String[pdfs.size() + 3];
        args[0] = "extract";
        for (int i = 0; i < pdfs.size(); i++) {
            args[i + 1] = pdfs.get(i).toString();
        }
        args[pdfs.size() + 1] = "--out";
        args[pdfs.size() + 2] = out.toString();
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        for (Path answers : answerFiles()) {
            PackRecord expected = JSON.readValue(answers.toFile(), PackRecord.class);
            PackRecord got = JSON.readValue(out.resolve(answers.getFileName()).toFile(), PackRecord.class);
            assertEquals(expected.attendance(), got.attendance(), answers.toString());
            assertEquals(expected.source().pages(), got.pages().size());
        }
        CliRun two = CliRun.of("extract", pdfs.get(0).toString(), pdfs.get(1).toString());
        assertEquals(ExitCodes.USAGE, two.exitCode(), "stdout takes one file");
    }

    @Test
    void extractTakesTheSameLimitsAndOcrOptionAsIngest() throws IOException {
        Path pdf = Path.of(answerFiles().getFirst().toString().replaceFirst("\\.json$", ".pdf"));
        CliRun limited = CliRun.of("extract", pdf.toString(), "--max-pages", "1", "--ocr");
        assertEquals(ExitCodes.SOME_FAILED, limited.exitCode(), limited.err());
        assertTrue(limited.err().startsWith("FAILED ") && limited.err().contains("too large")
                && limited.err().contains("raise --max-pages"), limited.err());
    }

    @Test
    void reingestingAnUnchangedCorpusParsesNothing() {
        CliRun run = CliRun.of("ingest", corpus.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Ingested 0 file(s), " + answerFilesCount() + " unchanged"), run.out());
    }

    private static int answerFilesCount() {
        try {
            return answerFiles().size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
