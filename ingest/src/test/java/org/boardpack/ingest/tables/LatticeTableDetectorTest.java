package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TestData;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatticeTableDetectorTest {

    @TempDir
    Path tmp;

    private final FileIngester ingester = new FileIngester();
    private final LatticeTableDetector lattice = new LatticeTableDetector();

    @Test
    void ruledActionLogWithSpanningTitleMultiLineCellsAndBoldHeader() throws Exception {
        float[] xs = {40, 80, 300, 420, 520};
        float[] ys = {100, 120, 140, 185, 205};
        DrawnPdf pdf = new DrawnPdf();
        // title row spans all columns: no inner verticals in it
        pdf.line(xs[0], ys[0], xs[4], ys[0]).line(xs[0], ys[1], xs[4], ys[1]);
        for (int i = 2; i < ys.length; i++) {
            pdf.line(xs[0], ys[i], xs[4], ys[i]);
        }
        pdf.line(xs[0], ys[0], xs[0], ys[4]).line(xs[4], ys[0], xs[4], ys[4]);
        for (int i = 1; i < 4; i++) {
            pdf.line(xs[i], ys[1], xs[i], ys[4]);
        }
        pdf.text(45, 114, "Action log - updated 02 December 2020", 10, true)
                .text(45, 134, "Ref", 10, true).text(85, 134, "Action", 10, true)
                .text(305, 134, "Responsible", 10, true).text(425, 134, "Status", 10, true)
                .text(45, 154, "31").text(85, 154, "To provide letter of support on")
                .text(85, 166, "behalf of the ICS").text(305, 154, "Chair").text(425, 154, "Closing")
                .text(45, 199, "32").text(85, 199, "To provide the business case").text(305, 199, "Mark Thomas")
                .text(425, 199, "Open");
        Page page = ingester.ingest(pdf.save(tmp.resolve("log.pdf"))).pages().getFirst();
        List<DetectedTable> tables = lattice.detect(page, List.of());
        assertEquals(1, tables.size());
        DetectedTable t = tables.getFirst();
        assertEquals(List.of(
                List.of("Action log - updated 02 December 2020", "", "", ""),
                List.of("Ref", "Action", "Responsible", "Status"),
                List.of("31", "To provide letter of support on behalf of the ICS", "Chair", "Closing"),
                List.of("32", "To provide the business case", "Mark Thomas", "Open")), t.rows());
        assertEquals(2, t.headerRows());
        assertEquals(40, t.x0(), 1);
        assertEquals(100, t.top(), 1);
        assertEquals("lattice", t.method());
    }

    @Test
    void bordersDrawnAsFilledBoxesAndDashedLinesAreRulingsToo() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float[] xs = {50, 200, 350};
        float[] ys = {100, 120, 140, 160};
        for (float y : ys) {
            pdf.filledLine(xs[0], y, xs[2], y);
        }
        pdf.dashedLine(xs[0], ys[0], xs[0], ys[3]).dashedLine(xs[1], ys[0], xs[1], ys[3])
                .dashedLine(xs[2], ys[0], xs[2], ys[3]);
        pdf.shade(xs[0], ys[0], xs[2], ys[1], 0.8f);
        pdf.text(55, 114, "Indicator").text(205, 114, "Performance")
                .text(55, 134, "Luton").text(205, 134, "71.2%")
                .text(55, 154, "Bedford").text(205, 154, "80.1%");
        Page page = ingester.ingest(pdf.save(tmp.resolve("filled.pdf"))).pages().getFirst();
        assertEquals(4, page.rulings().stream().filter(Ruling::horizontal).count());
        assertEquals(3, page.rulings().stream().filter(Ruling::vertical).count(), "dashes joined: " + page.rulings());
        DetectedTable t = lattice.detect(page, List.of()).getFirst();
        assertEquals(List.of(List.of("Indicator", "Performance"), List.of("Luton", "71.2%"), List.of("Bedford", "80.1%")),
                t.rows());
        assertEquals(1, t.headerRows(), "the shaded first row is a header");
    }

    @Test
    void aBoxAroundProseIsNotATableAndLeavesTheRegionFree() throws Exception {
        DrawnPdf pdf = new DrawnPdf().grid(new float[] {50, 500}, new float[] {100, 160})
                .text(55, 115, "Note: the figures in this report are provisional and will be")
                .text(55, 130, "validated at the end of November.");
        Page page = ingester.ingest(pdf.save(tmp.resolve("box.pdf"))).pages().getFirst();
        assertTrue(lattice.detect(page, List.of()).isEmpty());
    }

    @Test
    void spanningCellsSampleMatchesTabulasExpectedCells() throws Exception {
        ParsedDocument doc = ingester.ingest(TestData.path("tabula-samples/spanning_cells.pdf"));
        List<DetectedTable> tables = lattice.detect(doc.pages().getFirst(), List.of());
        assertEquals(2, tables.size());
        DetectedTable first = tables.getFirst();
        assertEquals(List.of("Improved operation scenario", "", "", "", "", ""), first.rows().get(0));
        assertEquals(List.of("Server closets", "1,505", "1,580", "1,643", "1,673", "1,689"), first.rows().get(2));
        assertEquals(List.of("Mid-range", "4,921", "5,467", "6,152", "6,649", "7,185"), tables.get(1).rows().get(2));
    }

    @Test
    void tableRepeatedOnTheNextPageIsJoinedWithoutItsHeader() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float[] xs = {40, 100, 400};
        pdf.grid(xs, new float[] {700, 720, 740, 760}).text(45, 714, "Ref", 10, true).text(105, 714, "Action", 10, true)
                .text(45, 734, "1").text(105, 734, "First action").text(45, 754, "2").text(105, 754, "Second action")
                .text(280, 820, "Page 1");
        pdf.newPage().text(40, 40, "Action log (continued)")
                .grid(xs, new float[] {60, 80, 100}).text(45, 74, "Ref", 10, true).text(105, 74, "Action", 10, true)
                .text(45, 94, "3").text(105, 94, "Third action").text(280, 820, "Page 2");
        ParsedDocument doc = ingester.ingest(pdf.save(tmp.resolve("two-pages.pdf")));
        List<DetectedTable> tables = TableFinder.standard().find(doc);
        assertEquals(1, tables.size());
        DetectedTable t = tables.getFirst();
        assertEquals(1, t.page());
        assertEquals(2, t.lastPage());
        assertEquals(List.of(List.of("Ref", "Action"), List.of("1", "First action"), List.of("2", "Second action"),
                List.of("3", "Third action")), t.rows());
    }

    @Test
    void rulingsAreInTheFrameOfTheText() throws Exception {
        // a page turned by /Rotate whose content was drawn unturned: text and lines stay together
        DrawnPdf sideways = new DrawnPdf().rotate(90).line(100, 200, 300, 200).text(100, 190, "Sideways");
        Page page = ingester.ingest(sideways.save(tmp.resolve("sideways.pdf"))).pages().getFirst();
        Ruling r = page.rulings().getFirst();
        var word = page.lines().getFirst().words().getFirst();
        assertTrue(r.horizontal() && Math.abs(r.top() - word.bottom()) < 15 && r.x0() <= word.x0(), r + " " + word);
        assertEquals(90, page.rotation());
    }

    @Test
    void landscapePagesOfTheHardSetKeepTextAndRulingsTogether() throws Exception {
        ParsedDocument doc = ingester.ingest(TestData.path("hard-pdfs/rotated_page.pdf"));
        for (Page page : doc.pages()) {
            for (Ruling r : page.rulings()) {
                assertTrue(r.x1() <= page.width() + 1 && r.bottom() <= page.height() + 1, r + " on " + page.width()
                        + "x" + page.height());
            }
            for (var line : page.lines()) {
                assertTrue(line.x1() <= page.width() + 5, line.text());
            }
        }
    }
}
