package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.Word;

/**
 * Lets PDFBox's text stripper do what it does well (glyph de-duplication, word breaks from glyph
 * gaps, reading direction) and keeps each word's geometry instead of its text alone. Words are
 * reported in the page's displayed coordinates (after /Rotate), origin top-left.
 */
final class WordCollector extends PDFTextStripper {

    private final List<Word> words = new ArrayList<>();
    private final PathRecorder paths = new PathRecorder();
    private final java.util.Map<Integer, Integer> directions = new java.util.HashMap<>();

    WordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        for (String name : PathOperator.NAMES) {
            addOperator(new PathOperator(this, name, paths));
        }
        // colours decide whether a line is drawn at all (white on white is not)
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    /** Call before each page. */
    void beginPage() {
        paths.startPage();
        directions.clear();
    }

    /**
     * The direction most of the page's text runs in (0, 90, 180, 270 degrees in user space), or
     * {@code fallback} for a page without text. PDFBox reports words in the frame that makes this
     * direction read left to right; rulings must be put in the same frame.
     */
    int textDirection(int fallback) {
        return directions.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey).orElse(fallback);
    }

    List<Ruling> rulings(PageFrame frame) {
        return paths.rulings(frame);
    }

    List<FilledArea> fills(PageFrame frame) {
        return paths.fills(frame);
    }

    /** The words of the page run last with {@link #getText}; the list is handed over and reset. */
    List<Word> takeWords() {
        List<Word> out = List.copyOf(words);
        words.clear();
        return out;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        // PDFBox may hand over a run containing spaces when the PDF itself draws space glyphs
        List<List<TextPosition>> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition p : positions) {
            directions.merge(Math.round(p.getDir()) % 360, 1, Integer::sum);
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            } else {
                run.add(p);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        // PDFBox's text is already in logical order (right-to-left scripts reversed, ligatures
        // expanded); use it whenever it splits into the same runs
        String[] tokens = text.strip().split("\\s+");
        boolean aligned = tokens.length == runs.size();
        for (int i = 0; i < runs.size(); i++) {
            add(runs.get(i), aligned ? tokens[i] : null);
        }
    }

    private void add(List<TextPosition> run, String logicalText) {
        StringBuilder glyphs = new StringBuilder();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (TextPosition p : run) {
            glyphs.append(p.getUnicode());
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
            bottom = Math.max(bottom, p.getYDirAdj());
            size = Math.max(size, p.getFontSizeInPt());
        }
        String text = Normalizer.normalize(logicalText != null ? logicalText : glyphs, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return;
        }
        PDFont font = run.getFirst().getFont();
        String fontName = font == null ? null : font.getName();
        words.add(new Word(text, x0, top, x1, bottom, fontName, size, isBold(font)));
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName();
        if (name != null && (name.toLowerCase(java.util.Locale.ROOT).contains("bold")
                || name.toLowerCase(java.util.Locale.ROOT).contains("black"))) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }
}
