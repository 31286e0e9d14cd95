package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word's size is the size it is printed at, whatever units the producer set its font in. */
class PrintedSizeTest {

    @TempDir
    Path tmp;

    @Test
    void aBrowsersPixelSizesScaledToPointsAreReadInPoints() throws Exception {
        DrawnPdf pdf = new DrawnPdf()
                .scaledText(50, 100, "In Attendance", 16, 0.75f)
                .text(50, 140, "Attendee", 12, false)
                .text(50, 180, "Half-point type", 10.5f, false);
        Page page = new PdfLayoutReader().read(pdf.save(tmp.resolve("sizes.pdf")), "0", Deadline.none()).pages().getFirst();
        List<TextLine> lines = page.lines();
        // 16 pixels at 0.75 points each is 12-point type, as the unscaled line below it
        assertEquals(12f, lines.get(0).fontSize(), 0.01f);
        assertEquals(12f, lines.get(1).fontSize(), 0.01f);
        assertEquals(10.5f, lines.get(2).fontSize(), 0.01f);
    }
}
