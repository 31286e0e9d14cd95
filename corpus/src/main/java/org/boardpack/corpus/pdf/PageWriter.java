package org.boardpack.corpus.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
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
    private final Fonts fonts = Fonts.standard();
    private final List<String> runningHeaders = new ArrayList<>();
    private PDPageContentStream cs;
    private boolean landscape;
    private String runningHeader;
    private float y;

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

    public void line(float x1, float y1, float x2, float y2) {
        try {
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds running headers and footers and serialises. The creation date and the trailer /ID are
     * fixed (derived from {@code key}) because PDFBox otherwise stamps the clock into /ID, and the
     * bundled samples must be byte-identical on every rendering.
     */
    public byte[] finish(String key, IntFunction<String> footer) {
        closeStream();
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                boolean land = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                float width = page.getMediaBox().getWidth();
                try (PDPageContentStream s = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                    Style small = fonts.regular(8);
                    String foot = footer.apply(i + 1);
                    s.beginText();
                    s.setFont(small.font(), small.size());
                    s.newLineAtOffset((width - TextWrap.width(foot, small)) / 2f, 30f);
                    s.showText(foot);
                    s.endText();
                    String head = runningHeaders.get(i);
                    if (head != null) {
                        s.beginText();
                        s.setFont(small.font(), small.size());
                        s.newLineAtOffset(land ? LANDSCAPE_LEFT : PORTRAIT_LEFT, land ? 575f : 812f);
                        s.showText(head);
                        s.endText();
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.JANUARY, 1, 0, 0, 0);
            info.setCreationDate(created);
            info.setModificationDate(created);
            info.setProducer("boardpack sample corpus");
            info.setTitle(key);
            byte[] id = MessageDigest.getInstance("MD5").digest(key.getBytes(StandardCharsets.UTF_8));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
