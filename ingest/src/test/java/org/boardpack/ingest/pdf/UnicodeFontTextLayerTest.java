package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in an embedded Unicode font (DejaVu Sans, where the machine has it): real text of other
 * scripts is read, not taken for junk; the same font stripped of its ToUnicode map gives no
 * characters for its glyphs, and the page is a garbled text layer.
 */
class UnicodeFontTextLayerTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final String[] LINES = {
        "Протокол заседания совета директоров от 18 марта 2014 года.",
        "Присутствовали: председатель, секретарь и члены совета.",
        "Решили утвердить отчёт о работе и бюджет на следующий год.",
        "Πρακτικά της συνεδρίασης του διοικητικού συμβουλίου.",
        "Παρόντες: ο πρόεδρος, ο γραμματέας και τα μέλη του συμβουλίου.",
        "محضر اجتماع مجلس الإدارة",
        "وافق المجلس على محضر الاجتماع السابق"};

    @TempDir
    Path tmp;

    @BeforeEach
    void needsTheFont() {
        Assumptions.assumeTrue(Files.isReadable(DEJAVU), "no DejaVu Sans on this machine");
    }

    @Test
    void cyrillicGreekAndArabicTextIsReadNotTakenForJunk() throws Exception {
        Page page = new PdfLayoutReader().read(draw(tmp.resolve("scripts.pdf")), "0", Deadline.none()).pages().getFirst();
        assertEquals(LINES.length, page.lines().size(), page.text());
        assertTrue(page.text().startsWith(LINES[0]), page.text());
        assertTrue(page.text().contains("συνεδρίασης"), page.text());
    }

    @Test
    void theSameFontWithoutItsToUnicodeMapIsAGarbledTextLayer() throws Exception {
        Path drawn = draw(tmp.resolve("mapped.pdf"));
        Path stripped = tmp.resolve("unmapped.pdf");
        try (PDDocument doc = Loader.loadPDF(drawn.toFile())) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                resources.getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            doc.save(stripped.toFile());
        }
        IngestException e = assertThrows(IngestException.class,
                () -> new PdfLayoutReader().read(stripped, "0", Deadline.none()));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().contains("(glyphs without characters;"), e.getMessage());
    }

    private static Path draw(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 11);
                cs.setLeading(16);
                cs.newLineAtOffset(60, 700);
                for (String line : LINES) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
