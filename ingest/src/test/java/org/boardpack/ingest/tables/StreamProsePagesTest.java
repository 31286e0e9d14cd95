package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Running text, however it is laid out, gives no stream tables. */
class StreamProsePagesTest {

    @TempDir
    Path tmp;

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.dir("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** The words of a real board paper set as paragraphs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedTextAsParagraphsHasNoTables(Path seed) throws Exception {
        String[] words = Files.readString(seed).strip().split("\\s+");
        StreamTestPdf pdf = new StreamTestPdf();
        pdf.paragraph(72, 72, 95, String.join(" ", List.of(words).subList(0, Math.min(words.length, 700))));
        Path file = tmp.resolve("prose.pdf");
        pdf.write(file);
        Page page = new FileIngester().ingest(file).pages().getFirst();

        assertEquals(List.of(), new StreamTableDetector().detect(page, List.of()));
    }

    /** Minutes pages of the sample corpus: numbered items, running text, an action column in the margin. */
    @Test
    void minutesPagesOfTheSamplesHaveNoTables() throws Exception {
        Path samples = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/samples");
        for (String name : List.of("nhs-partnership-cpv-2021-09-08.pdf", "nhs-partnership-krs-2022-04-13.pdf")) {
            ParsedDocument doc = new FileIngester().ingest(samples.resolve(name));
            for (int n : List.of(3, 4)) {
                assertEquals(List.of(), new StreamTableDetector().detect(doc.pages().get(n - 1), List.of()),
                        name + " page " + n);
            }
        }
    }

    /** The council minutes' attendance list (name left, role right) is at worst a clean two-column table. */
    @Test
    void councilAttendanceListIsAtMostTwoColumns() throws Exception {
        Path samples = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/samples");
        ParsedDocument doc = new FileIngester().ingest(
                samples.resolve("council-mid-vale-health-and-wellbeing-board-2017-01-25.pdf"));
        for (DetectedTable t : new StreamTableDetector().detect(doc.pages().get(2), List.of())) {
            assertEquals(2, t.columns(), t.toString());
            assertTrue(t.rows().stream().allMatch(r -> r.size() == 2 && !r.getFirst().isBlank()), t.toString());
        }
    }
}
