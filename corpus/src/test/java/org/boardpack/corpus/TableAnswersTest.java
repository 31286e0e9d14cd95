package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.corpus.html.PdfPageTexts;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.tables.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table answers of every committed pack, PDFBox or other producer, against its PDF: each
 * cell's words are printed, in order, on the table's pages; its first row is on its first page
 * and the end of its last row on its last; rows are rectangular. Checked word by word because a
 * drawn cell's lines interleave with its neighbours' when its row is drawn in slices, and a
 * cell broken across pages has the page's footer and header between its parts.
 */
class TableAnswersTest {

    /** Surefire runs in the module directory. */
    private static final Path PACKS = Path.of("packs");

    static Stream<Path> answers() throws IOException {
        try (Stream<Path> files = Files.list(PACKS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /**
     * The annotation guide counts "every data grid …, not label/value title blocks": a headerless
     * two-column block of labels and their values (a meeting's {@code Date | …}, a cover sheet's
     * {@code Report title: | …}) is drawn, ruled or not, but answered as no table.
     */
    @ParameterizedTest
    @MethodSource("answers")
    void labelValueTitleBlocksAreNoTables(Path json) throws IOException {
        PackRecord r = BoardpackJson.newMapper().readValue(json.toFile(), PackRecord.class);
        for (Table t : r.tables()) {
            boolean labelValue = t.headerRows() == 0 && t.rows().get(0).size() == 2
                    && t.rows().stream().noneMatch(row -> row.get(0).matches(".*\\d.*"));
            assertFalse(labelValue, json.getFileName() + " answers a label/value block on page " + t.page() + " as a table: "
                    + t.rows().get(0));
        }
    }

    @ParameterizedTest
    @MethodSource("answers")
    void everyCellIsOnItsTablesPages(Path json) throws IOException {
        PackRecord r = BoardpackJson.newMapper().readValue(json.toFile(), PackRecord.class);
        Path pdf = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".pdf"));
        PdfPageTexts pages = PdfPageTexts.read(Files.readAllBytes(pdf));
        boolean pdfbox = !json.getFileName().toString().matches(".*-(libreoffice|chromium)\\.json");
        // a parish council's minutes and agenda hold no data table; every other style's pack does
        boolean parish = json.getFileName().toString().startsWith("parish-");
        assertEquals(parish, r.tables().isEmpty(), json + (parish ? " answers tables" : " answers no tables"));
        for (Table t : r.tables()) {
            String what = json.getFileName() + " table on page " + t.page() + " " + t.rows().get(0);
            int last = t.lastPage() == null ? t.page() : t.lastPage();
            assertTrue(t.lastPage() == null || t.lastPage() > t.page(), what + ": last_page only when it continues");
            assertTrue(t.page() >= 1 && last <= pages.pageCount(), what + ": pages " + t.page() + "-" + last);
            assertTrue(t.headerRows() == 0 || t.headerRows() == 1, what);
            int width = t.rows().get(0).size();
            t.rows().forEach(row -> assertEquals(width, row.size(), what + ": ragged row " + row));
            if (pdfbox) {
                assertEquals(4, t.bbox().size(), what);
                assertTrue(t.bbox().get(0) < t.bbox().get(2) && t.bbox().get(1) < t.bbox().get(3), what + t.bbox());
            } else {
                assertNull(t.bbox(), what + ": other producers' frames are unknown");
            }
            StringBuilder range = new StringBuilder();
            for (int p = t.page(); p <= last; p++) {
                range.append(pages.keys().get(p - 1));
            }
            for (List<String> row : t.rows()) {
                for (String cell : row) {
                    assertTrue(inOrder(words(cell), range.toString()), what + ": cell \"" + cell + "\" not printed");
                }
            }
            assertTrue(inOrder(t.rows().get(0).stream().flatMap(c -> words(c).stream()).toList(),
                    pages.keys().get(t.page() - 1)), what + ": first row not on page " + t.page());
            List<String> end = words(t.rows().get(t.rows().size() - 1).stream()
                    .max(Comparator.comparingInt(String::length)).orElseThrow());
            assertTrue(pages.keys().get(last - 1).contains(end.get(end.size() - 1)),
                    what + ": last row does not end on page " + last);
        }
    }

    private static List<String> words(String cell) {
        return Stream.of(cell.split("\\s+")).map(PdfPageTexts::key).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean inOrder(List<String> words, String text) {
        int from = 0;
        for (String w : words) {
            int at = text.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            from = at + w.length();
        }
        return true;
    }
}
