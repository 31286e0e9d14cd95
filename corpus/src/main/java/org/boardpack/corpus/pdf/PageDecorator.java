package org.boardpack.corpus.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * Prints what every page carries once the body is drawn: the running header (if the page has one
 * and the look prints them), an optional footer line and the page label, centred or at the right.
 * Done after the body because labels like {@code Page 3 of 40} need the final page count.
 */
final class PageDecorator {

    private final Style small;
    private final Look look;

    PageDecorator(Style small, Look look) {
        this.small = small;
        this.look = look;
    }

    void decorate(PDDocument doc, List<String> runningHeaders, Decor decor) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            float width = page.getMediaBox().getWidth();
            boolean land = width > page.getMediaBox().getHeight();
            float left = land ? PageWriter.LANDSCAPE_LEFT : PageWriter.PORTRAIT_LEFT;
            float right = land ? PageWriter.LANDSCAPE_RIGHT : PageWriter.PORTRAIT_RIGHT;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                String label = decor.pageLabel().apply(i + 1);
                float labelX = look.footerRight() ? right - TextWrap.width(label, small)
                        : (width - TextWrap.width(label, small)) / 2f;
                show(s, label, labelX, 30f);
                if (decor.footerLine() != null) {
                    show(s, decor.footerLine(), (width - TextWrap.width(decor.footerLine(), small)) / 2f, 41f);
                }
                String head = runningHeaders.get(i);
                if (head != null && look.runningHeads()) {
                    show(s, head, left, land ? 575f : 812f);
                }
            }
        }
    }

    private void show(PDPageContentStream s, String text, float x, float y) throws IOException {
        s.beginText();
        s.setFont(small.font(), small.size());
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
