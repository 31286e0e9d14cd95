package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ruled frames whose rows are in the whitespace: rules round the header and the totals only. */
class LatticeAmountRowsTest {

    private static final float[] XS = {200, 290, 380, 470};
    private static final String[][] BODY = {{"Economic Development", "-", "4,022"}, {"Cultural and Heritage", "68,635", "163,521"},
            {"Town in Bloom", "-", "28,700"}, {"Christmas Lights", "-", "66,931"}};

    @TempDir
    Path tmp;

    @Test
    void rulesRoundTheHeaderAndTotalsOnlyLeaveTheRowsToTheStreamDetector() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        // header boxes and the totals boxes, joined by the column lines of the frame's sides
        pdf.line(XS[0], 100, XS[3], 100).line(XS[0], 125, XS[3], 125);
        pdf.line(XS[0], 220, XS[3], 220).line(XS[0], 240, XS[3], 240);
        for (float x : XS) {
            pdf.line(x, 100, x, 125).line(x, 220, x, 240);
        }
        pdf.line(XS[0], 125, XS[0], 220).line(XS[3], 125, XS[3], 220);
        pdf.text(210, 117, "Other Income", 10, true).text(300, 117, "Other Costs", 10, true)
                .text(390, 117, "Total", 10, true);
        float y = 145;
        for (String[] row : BODY) {
            pdf.text(40, y, row[0]).text(250, y, row[1]).text(340, y, row[2]).text(430, y, row[2]);
            y += 20;
        }
        pdf.text(40, 234, "Totals", 10, true).text(250, 234, "68,635").text(340, 234, "263,174")
                .text(430, 234, "263,174");
        Page page = new FileIngester().ingest(pdf.save(tmp.resolve("frame.pdf"))).pages().getFirst();

        assertEquals(List.of(), new LatticeTableDetector().detect(page, List.of()));
        List<DetectedTable> tables = TableFinder.standard().onPage(page);
        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> filled = tables.getFirst().rows().stream()
                .map(r -> r.stream().filter(c -> !c.isEmpty()).toList()).toList();
        assertTrue(filled.contains(List.of("Cultural and Heritage", "68,635", "163,521", "163,521")), filled.toString());
        assertTrue(filled.contains(List.of("Totals", "68,635", "263,174", "263,174")), filled.toString());
    }

    @Test
    void aListOfAmountsInOneRuledCellBesideWrappedTextStaysOneRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.grid(new float[] {40, 200, 300, 520}, new float[] {100, 120, 200});
        pdf.text(45, 114, "Organisation", 10, true).text(205, 114, "Amount", 10, true)
                .text(305, 114, "Recommendation", 10, true);
        pdf.text(45, 134, "Arts Trail").text(205, 134, "Four Oaks-").text(205, 146, "£200").text(205, 158, "Trinity-")
                .text(205, 170, "£150").text(205, 182, "Total=").text(205, 194, "£350")
                .text(305, 134, "Approved. Meets the criteria of").text(305, 146, "protecting the environment.");
        Page page = new FileIngester().ingest(pdf.save(tmp.resolve("grid.pdf"))).pages().getFirst();

        List<DetectedTable> tables = new LatticeTableDetector().detect(page, List.of());

        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("Arts Trail", "Four Oaks- £200 Trinity- £150 Total= £350",
                "Approved. Meets the criteria of protecting the environment."), tables.getFirst().rows().get(1));
    }
}
