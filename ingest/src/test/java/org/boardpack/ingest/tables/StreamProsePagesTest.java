package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Running text, however it is laid out, gives no stream tables. */
class StreamProsePagesTest {

    @TempDir
    Path tmp;

    /**
     * The opening of a board paper with its layout flattened away, as text extraction leaves it:
     * an agenda's items, leads, papers and times with its members list, minutes with figures, a
     * council agenda with page ranges, a performance report with its table run into the text. The
     * fixtures are written for this test in the style of real packs. Set as paragraphs, their
     * numbers and short tokens line up by chance only: no run of lines shares a column gap.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agenda-flattened.txt", "minutes-discussion.txt", "council-agenda.txt",
            "performance-report.txt"})
    void boardPaperTextAsParagraphsHasNoTables(String fixture) throws Exception {
        String text;
        try (var in = StreamProsePagesTest.class.getResourceAsStream("prose/" + fixture)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StreamTestPdf pdf = new StreamTestPdf();
        float bottom = pdf.paragraph(72, 72, 95, text);
        assertTrue(bottom > 72 + 13 * 20, fixture + " is too short to stand for a page of text: ends at y " + bottom);
        Path file = tmp.resolve("prose.pdf");
        pdf.write(file);
        Page page = new FileIngester().ingest(file).pages().getFirst();

        assertEquals(List.of(), new StreamTableDetector().detect(page, List.of()));
    }

    /** The bundled packs of one house style: the minutes follow the agenda, on pages 2-5. */
    private static List<Path> packs(String style) throws Exception {
        Path dir = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (var s = Files.list(dir)) {
            List<Path> packs = s.filter(p -> p.getFileName().toString().startsWith(style + "-")
                    && p.toString().endsWith(".pdf")).sorted().toList();
            assertFalse(packs.isEmpty(), "no " + style + " packs in " + dir);
            return packs;
        }
    }

    /** Council minutes: the attendance list (name left, role right) is at worst a clean two-column table. */
    @Test
    void councilMinutesPagesGiveAtMostTwoColumnLists() throws Exception {
        for (Path pack : packs("council")) {
            ParsedDocument doc = new FileIngester().ingest(pack);
            for (int n = 3; n <= 4; n++) {
                for (DetectedTable t : new StreamTableDetector().detect(doc.pages().get(n - 1), List.of())) {
                    assertEquals(2, t.columns(), pack.getFileName() + " page " + n + ": " + t);
                }
            }
        }
    }
}
