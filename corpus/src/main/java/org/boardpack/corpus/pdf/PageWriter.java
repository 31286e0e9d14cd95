package org.boardpack.corpus.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Owns one PDF being drawn: its pages, the open content stream and a vertical cursor. Coordinates
 * are PDF points with the origin bottom-left, as PDFBox draws. Page breaks go through
 * {@link #breakPage()}, which opens a page like the current one, so tables and text flows can
 * continue across pages without knowing which document they are part of.
 */
public final class PageWriter {

    public static final float PORTRAIT_LEFT = 56.7f;
    public static final float PORTRAIT_RIGHT = 538.6f;
    public static final float LANDSCAPE_LEFT = 36f;
    public static final float LANDSCAPE_RIGHT = 806f;

    private final PDDocument doc = new PDDocument();
    private final Look look;
    private final Fonts fonts;
    private final List<String> runningHeaders = new ArrayList<>();
    private PDPageContentStream cs;
    private boolean landscape;
    private String runningHeader;
    private float y;

    /** A writer in the first samples' look. */
    public PageWriter() {
        this(Look.plain());
    }

    public PageWriter(Look look) {
        this.look = look;
        this.fonts = Fonts.load(doc, look.family(), look.scale());
    }

    public Look look() {
        return look;
    }

    public Fonts fonts() {
        return fonts;
    }

    /** Starts a page; {@code runningHeader} (nullable) is printed at its top when the document is finished. */
    public void newPage(boolean landscape, String runningHeader) {
        closeStream();
        this.landscape = landscape;
        this.runningHeader = runningHeader;
        PDRectangle a4 = PDRectangle.A4;
        PDPage page = new PDPage(landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4);
        doc.addPage(page);
        runningHeaders.add(runningHeader);
        try {
            cs = new PDPageContentStream(doc, page);
            cs.setLineWidth(0.5f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    /** Continues on a fresh page of the same orientation and running header. */
    public void breakPage() {
        newPage(landscape, runningHeader);
    }

    public int pageNumber() {
        return doc.getNumberOfPages();
    }

    /** The current page's height, to turn the cursor into a distance from the top edge. */
    public float height() {
        PDRectangle a4 = PDRectangle.A4;
        return landscape ? a4.getWidth() : a4.getHeight();
    }

    public float top() {
        return landscape ? 555f : 790f;
    }

    public float bottom() {
        return landscape ? 50f : 62f;
    }

    public float left() {
        return landscape ? LANDSCAPE_LEFT : PORTRAIT_LEFT;
    }

    public float right() {
        return landscape ? LANDSCAPE_RIGHT : PORTRAIT_RIGHT;
    }

    public float y() {
        return y;
    }

    public void setY(float y) {
        this.y = y;
    }

    public void down(float h) {
        y -= h;
    }

    /** Whether {@code h} points still fit above the bottom margin. */
    public boolean fits(float h) {
        return y - h >= bottom();
    }

    /** Breaks the page unless {@code h} points fit; used to keep a block together. */
    public void ensure(float h) {
        if (!fits(h)) {
            breakPage();
        }
    }

    /** One text-show of one run of words, at baseline {@code baseline}. */
    public void text(String s, Style style, float x, float baseline) {
        if (s.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(style.font(), style.size());
            cs.newLineAtOffset(x, baseline);
            cs.showText(s);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void centred(String s, Style style, float baseline) {
        float mid = (left() + right()) / 2f;
        text(s, style, mid - TextWrap.width(s, style) / 2f, baseline);
    }

    /** A filled rectangle in grey {@code gray} (0 black, 1 white), drawn under what follows. */
    public void fill(float x, float y0, float width, float height, float gray) {
        try {
            cs.setNonStrokingColor(gray, gray, gray);
            cs.addRect(x, y0, width, height);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(float x1, float y1, float x2, float y2) {
        try {
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #finish(String, Decor, List)} with a page label only and no outline. */
    public byte[] finish(String key, IntFunction<String> footer) {
        return finish(key, Decor.pageLabel(footer), List.of());
    }

    /**
     * Adds running headers, footers and (if the look has them) bookmarks, and serialises. The
     * creation date and the trailer /ID are fixed (derived from {@code key}) because PDFBox
     * otherwise stamps the clock into /ID, and the bundled packs must be byte-identical on every
     * rendering.
     */
    public byte[] finish(String key, Decor decor, List<Bookmark> outline) {
        closeStream();
        try {
            new PageDecorator(fonts.regular(8 / fonts.scale()), look).decorate(doc, runningHeaders, decor);
            if (look.bookmarks()) {
                Outlines.add(doc, outline);
            }
            DocumentStamp.stamp(doc, key);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }
}
