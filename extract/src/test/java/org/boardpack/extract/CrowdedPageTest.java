package org.boardpack.extract;

import org.boardpack.model.PackRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.boardpack.extract.fixtures.CrowdedPage;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page crowded with words (issue 19: time grew with the square of a page's words): every word
 * is read, in order, into lines, the page's reading-order text and an unruled table. The time is
 * not asserted; {@code bench.CrowdedPageBenchmark} measures it against words per page.
 */
class CrowdedPageTest {

    @TempDir
    Path tmp;

    @Test
    void aTallPageOfShortLinesIsReadWholeAndInOrder() throws Exception {
        int words = 20_000;
        Path pdf = CrowdedPage.draw(tmp.resolve("short-lines.pdf"), words, CrowdedPage.Shape.SHORT_LINES);
        ParsedDocument doc = new FileIngester().ingest(pdf);
        List<TextLine> lines = doc.pages().getFirst().lines();
        assertEquals(words / 2, lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(CrowdedPage.word(2 * i) + " " + CrowdedPage.word(2 * i + 1), lines.get(i).text());
        }
        PackRecord record = new PackExtractor().extract(doc, "short-lines.pdf");
        assertEquals(allWords(words), Arrays.asList(record.pages().getFirst().text().split("\\s+")));
    }

    @Test
    void aLongUnruledGridIsOneTableReadCellByCell() throws Exception {
        int words = 12_000;
        int perLine = CrowdedPage.Shape.COLUMNS.perLine();
        Path pdf = CrowdedPage.draw(tmp.resolve("columns.pdf"), words, CrowdedPage.Shape.COLUMNS);
        Page page = new FileIngester().ingest(pdf).pages().getFirst();
        List<DetectedTable> tables = TableFinder.standard().onPage(page);
        assertEquals(1, tables.size());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(words / perLine, rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(allWords(r * perLine, (r + 1) * perLine), rows.get(r));
        }
    }

    private static List<String> allWords(int count) {
        return allWords(0, count);
    }

    private static List<String> allWords(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int n = from; n < to; n++) {
            out.add(CrowdedPage.word(n));
        }
        return out;
    }
}
