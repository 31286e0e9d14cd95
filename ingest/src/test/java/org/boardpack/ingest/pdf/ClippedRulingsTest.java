package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines and areas the clip hides are not layout; what it cuts is kept only as far as it shows. */
class ClippedRulingsTest {

    @TempDir
    Path tmp;

    private static final float[] XS = {50, 150, 250, 350};
    private static final float[] YS = {100, 130, 160, 190};

    private Page read(DrawnPdf pdf, String name) throws Exception {
        return new PdfLayoutReader().read(pdf.save(tmp.resolve(name)), "0", Deadline.none()).pages().getFirst();
    }

    private static List<Ruling> sorted(List<Ruling> rulings, boolean horizontal) {
        return rulings.stream().filter(r -> r.horizontal() == horizontal)
                .sorted(Comparator.comparingDouble(r -> horizontal ? r.top() : r.x0())).toList();
    }

    @Test
    void gridPartlyClippedAwayKeepsOnlyTheVisibleRulings() throws Exception {
        // the clip shows the grid's two left columns: x 40 to 200
        DrawnPdf pdf = new DrawnPdf().text(60, 120, "Indicator")
                .clipped(40, 90, 200, 200, p -> p.grid(XS, YS));
        Page page = read(pdf, "clipped-grid.pdf");

        List<Ruling> vertical = sorted(page.rulings(), false);
        assertEquals(2, vertical.size(), "verticals at 250 and 350 are clipped away: " + vertical);
        assertEquals(50, vertical.get(0).x0(), 0.5);
        assertEquals(150, vertical.get(1).x0(), 0.5);
        for (Ruling v : vertical) {
            assertEquals(100, v.top(), 0.5);
            assertEquals(190, v.bottom(), 0.5);
        }
        List<Ruling> horizontal = sorted(page.rulings(), true);
        assertEquals(4, horizontal.size(), horizontal.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(YS[i], horizontal.get(i).top(), 0.5);
            assertEquals(50, horizontal.get(i).x0(), 0.5);
            assertEquals(200, horizontal.get(i).x1(), 1, "cut at the clip's edge");
        }
    }

    @Test
    void clipEndsWithItsGraphicsStateAndNestedClipsNarrowIt() throws Exception {
        DrawnPdf pdf = new DrawnPdf().text(60, 120, "Indicator")
                .clipped(0, 0, 300, 400, outer -> outer
                        .line(50, 300, 350, 300) // cut at 300 by the outer clip
                        .clipped(0, 0, 100, 400, inner -> inner.line(200, 310, 200, 390)) // hidden by the inner one
                        .line(150, 320, 150, 380)) // after the inner Q: only the outer clip applies
                .line(50, 500, 350, 500); // after both: unclipped
        Page page = read(pdf, "nested.pdf");

        List<Ruling> horizontal = sorted(page.rulings(), true);
        assertEquals(2, horizontal.size(), horizontal.toString());
        assertEquals(300, horizontal.get(0).x1(), 1);
        assertEquals(350, horizontal.get(1).x1(), 1);
        List<Ruling> vertical = sorted(page.rulings(), false);
        assertEquals(1, vertical.size(), vertical.toString());
        assertEquals(150, vertical.getFirst().x0(), 0.5);
    }

    @Test
    void filledBordersAndBackgroundsAreClippedToo() throws Exception {
        DrawnPdf pdf = new DrawnPdf().text(60, 120, "Indicator")
                .clipped(40, 90, 200, 200, p -> p
                        .filledLine(50, 100, 350, 100) // cut at 200
                        .filledLine(250, 100, 250, 190) // hidden
                        .shade(150, 100, 350, 130, 0.8f)); // cut to 150..200
        Page page = read(pdf, "filled.pdf");

        assertEquals(1, page.rulings().size(), page.rulings().toString());
        Ruling border = page.rulings().getFirst();
        assertTrue(border.horizontal());
        assertEquals(200, border.x1(), 1);
        assertEquals(1, page.fills().size(), page.fills().toString());
        FilledArea shade = page.fills().getFirst();
        assertEquals(150, shade.x0(), 0.5);
        assertEquals(200, shade.x1(), 1);
    }

    @Test
    void linesOnTheClipsEdgeAreVisible() throws Exception {
        // the table clipped exactly to its own frame, as office software does: the frame is drawn
        DrawnPdf pdf = new DrawnPdf().text(60, 120, "Indicator")
                .clipped(XS[0], YS[0], XS[3], YS[3], p -> p.grid(XS, YS));
        Page page = read(pdf, "edge.pdf");

        assertEquals(4, sorted(page.rulings(), true).size(), page.rulings().toString());
        assertEquals(4, sorted(page.rulings(), false).size(), page.rulings().toString());
    }

    @Test
    void aFormIsClippedToItsBoxAndItsClipEndsWithIt() throws Exception {
        Path file = tmp.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setBBox(new PDRectangle(0, 0, 200, 842));
            try (var out = form.getStream().createOutputStream()) {
                out.write(String.join("\n",
                        "50 700 m 350 700 l", // cut at the box's edge, x 200
                        "100 600 m 100 750 l", // inside
                        "300 600 m 300 750 l S", // outside the box
                        // a clip the form never restores: PDFBox drops it with the form's graphics stack
                        "q 0 0 10 10 re W n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(60, 720);
                cs.showText("Indicator");
                cs.endText();
                cs.drawForm(form);
                cs.moveTo(50, 400);
                cs.lineTo(350, 400);
                cs.stroke();
            }
            doc.save(file.toFile());
        }
        Page page = new PdfLayoutReader().read(file, "0", Deadline.none()).pages().getFirst();

        List<Ruling> horizontal = sorted(page.rulings(), true);
        assertEquals(2, horizontal.size(), horizontal.toString());
        assertEquals(200, horizontal.get(0).x1(), 1, "the form's line ends at its box");
        assertEquals(350, horizontal.get(1).x1(), 1, "the page's line after the form is whole");
        List<Ruling> vertical = sorted(page.rulings(), false);
        assertEquals(1, vertical.size(), vertical.toString());
        assertEquals(100, vertical.getFirst().x0(), 0.5);
    }
}
