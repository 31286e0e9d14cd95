package org.boardpack.ingest.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextNormaliser;
import org.boardpack.ingest.Word;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the words of Tesseract's hOCR ({@code <span class="ocrx_word" title="bbox x0 y0 x1 y1; …">})
 * with their boxes, so OCR text enters the layout model with real positions: columns, tables and
 * running headers are then found on a scan as on a born-digital page.
 */
final class HocrWords extends DefaultHandler {

    private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");

    private final float pointsPerPixel;
    private final List<Word> words = new ArrayList<>();
    private StringBuilder text;
    private float[] box;

    /** @param pointsPerPixel the size of one image pixel in PDF points (72 / dpi) */
    HocrWords(float pointsPerPixel) {
        this.pointsPerPixel = pointsPerPixel;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if (!"ocrx_word".equals(atts.getValue("class"))) {
            return;
        }
        String title = atts.getValue("title");
        Matcher m = title == null ? null : BBOX.matcher(title);
        if (m != null && m.find()) {
            box = new float[] {px(m.group(1)), px(m.group(2)), px(m.group(3)), px(m.group(4))};
            text = new StringBuilder();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (text != null) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        // a word span holds only text (or one <strong>/<em> around it): it ends at the next span end
        if (text == null || !"span".equals(localName.isEmpty() ? qName : localName)) {
            return;
        }
        // Tesseract writes ligatures (ﬁ, ﬂ) where it reads them: normalised like a PDF's words
        String t = TextNormaliser.normalise(text.toString()).strip();
        if (!t.isEmpty()) {
            float height = box[3] - box[1];
            words.add(new Word(t, box[0], box[1], box[2], box[3], "OCR", height, false));
        }
        text = null;
        box = null;
    }

    private float px(String value) {
        return Integer.parseInt(value) * pointsPerPixel;
    }

    List<Word> words() {
        return List.copyOf(words);
    }
}
