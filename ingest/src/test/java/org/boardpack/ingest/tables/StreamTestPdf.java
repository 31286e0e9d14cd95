package org.boardpack.ingest.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes one-page test PDFs with PDFBox: text placed at given positions, no ruling lines. */
final class StreamTestPdf {

    /** A run of text at {@code x}, baseline {@code y} from the page's top, in points. */
    record Text(float x, float y, String text, boolean bold, float size) {
    }

    private final List<Text> texts = new ArrayList<>();

    StreamTestPdf text(float x, float y, String text) {
        texts.add(new Text(x, y, text, false, 10));
        return this;
    }

    StreamTestPdf bold(float x, float y, String text) {
        texts.add(new Text(x, y, text, true, 10));
        return this;
    }

    /** Running text wrapped at {@code width} characters from {@code y} down, 13 points apart; returns the next free y. */
    float paragraph(float x, float y, int width, String text) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                text(x, y, line.toString());
                y += 13;
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            text(x, y, line.toString());
            y += 13;
        }
        return y;
    }

    void write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                for (Text t : texts) {
                    out.beginText();
                    out.setFont(t.bold() ? bold : regular, t.size());
                    out.newLineAtOffset(t.x(), height - t.y());
                    out.showText(ascii(t.text()));
                    out.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** The standard 14 fonts encode WinAnsi only: other characters become '?'. */
    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 ? c : c == '\u00a3' || c == '\u2022' ? c : '?');
        }
        return sb.toString();
    }
}
