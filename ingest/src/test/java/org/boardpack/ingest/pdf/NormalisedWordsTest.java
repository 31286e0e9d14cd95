package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF's words come out normalised: a no-break space drawn between two words breaks them (PDFBox
 * alone keeps it inside one word), a ligature glyph is two letters. Drawn with an embedded Unicode
 * font (its ToUnicode map carries the characters as typed), where the machine has one.
 */
class NormalisedWordsTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path tmp;

    @Test
    void noBreakSpacesBreakWordsAndLigaturesAreExpanded() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(DEJAVU), "no DejaVu Sans on this machine");
        Path file = tmp.resolve("nbsp.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.newLineAtOffset(60, 700);
                cs.showText("Item\u00A012\u00A0\u2013 the \uFB01nance committee");
                cs.endText();
            }
            doc.save(file.toFile());
        }
        TextLine line = new PdfLayoutReader().read(file, "0", Deadline.none()).pages().getFirst().lines().getFirst();
        assertEquals(List.of("Item", "12", "\u2013", "the", "finance", "committee"), line.words().stream().map(Word::text).toList());
        assertEquals("Item 12 \u2013 the finance committee", line.text());
    }
}
