package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each paint is judged by the colour current when it is painted: white boxes are not layout, grey
 * ones are kept with their lightness, and a colour's lightness never carries over to the next one.
 */
class PaintColourTest {

    @TempDir
    Path tmp;

    @Test
    void everyFillIsJudgedByItsOwnColour() throws Exception {
        DrawnPdf pdf = new DrawnPdf().text(60, 80, "Finance report")
                .shade(50, 100, 300, 120, 1f) // white: not drawn
                .shade(50, 130, 300, 150, 0.6f)
                .shade(50, 160, 300, 180, 1f)
                .shade(50, 190, 300, 210, 0.3f)
                .line(50, 250, 300, 250); // stroked in black after the shades
        Page page = new PdfLayoutReader().read(pdf.save(tmp.resolve("shades.pdf")), "0", Deadline.none()).pages().getFirst();

        List<FilledArea> fills = page.fills().stream().sorted(Comparator.comparingDouble(FilledArea::top)).toList();
        assertEquals(2, fills.size(), fills.toString());
        assertEquals(130, fills.get(0).top(), 0.5);
        assertEquals(0.6, fills.get(0).gray(), 0.02);
        assertEquals(190, fills.get(1).top(), 0.5);
        assertEquals(0.3, fills.get(1).gray(), 0.02);
        assertEquals(1, page.rulings().size(), page.rulings().toString());
        assertEquals(250, page.rulings().getFirst().top(), 0.5);
    }
}
