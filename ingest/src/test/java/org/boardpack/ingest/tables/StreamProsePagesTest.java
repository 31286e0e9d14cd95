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

    /** The bundled packs of one house style: the minutes follow the agenda, on pages 2-5. */
    private static List<Path> packs(String style) throws Exception {
        Path dir = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (var s = java.nio.file.Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(style + "-") && p.toString().endsWith(".pdf"))
                    .sorted().toList();
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
