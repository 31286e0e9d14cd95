package org.boardpack.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
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
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextNormaliser;
import org.boardpack.ingest.Word;

/**
 * Lets PDFBox's text stripper do what it does well (glyph de-duplication, word breaks from glyph
 * gaps, reading direction) and keeps each word's geometry instead of its text alone. Words are
 * reported in the page's displayed coordinates (after /Rotate), origin top-left.
 */
final class WordCollector extends PDFTextStripper {

    private final List<Word> words = new ArrayList<>();
    private final ClipStack clip = new ClipStack();
    private final PathRecorder paths = new PathRecorder(clip);
    /** Glyphs per text direction: the four right angles counted in place (in the order a hash map kept them), others apart. */
    private static final int[] RIGHT_ANGLES = {0, 180, 90, 270};
    private final int[] rightAngleGlyphs = new int[RIGHT_ANGLES.length];
    private final java.util.Map<Integer, Integer> otherDirections = new java.util.HashMap<>();
    private final OverprintFilter overprints = new OverprintFilter();
    /** Bold and italic per font object: asked once per word, answered from the font's name and descriptor. */
    private final java.util.Map<PDFont, FontStyle> styles = new java.util.IdentityHashMap<>();

    /** Operators between two looks at the clock inside a page: cheap, yet a runaway page stops within milliseconds. */
    private static final int OPERATORS_PER_CHECK = 1024;

    private final Deadline deadline;
    /** The one page {@link #read} is reading, or null. */
    private PDPage target;
    private final DrawnMarks marks = new DrawnMarks();
    private int operatorsSinceCheck;
    /** Glyphs drawn on the page, and those of them whose font gives no Unicode for them. */
    private int glyphsDrawn;
    private int unmappedGlyphs;

    /** @param deadline also checked inside a page, every {@value #OPERATORS_PER_CHECK} operators */
    WordCollector(Deadline deadline) {
        this.deadline = deadline;
        setSortByPosition(true);
        // the same rule, applied by our own faster filter in processTextPosition
        setSuppressDuplicateOverlappingText(false);
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
        // lines outside the clip are not seen, so the clip must follow q and Q; these replace
        // PDFBox's own Save and Restore (registered by LegacyPDFStreamEngine) and call them first
        addOperator(new SaveWithClip(this, clip));
        addOperator(new RestoreWithClip(this, clip));
    }

    /**
     * Ends the page's processing once the deadline has passed. Unchecked on purpose: PDFBox forgives
     * some {@link IOException}s of operators (a failing {@code Do}), which would swallow the stop.
     */
    static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super("the time limit passed inside a page", null, false, false);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operatorsSinceCheck >= OPERATORS_PER_CHECK) {
            operatorsSinceCheck = 0;
            if (deadline.passed()) {
                throw new DeadlinePassed();
            }
        }
        marks.saw(operator.getName(), operands, getResources());
        super.processOperator(operator, operands);
    }

    /**
     * Runs the stripper over one page. Asked for one page, {@code PDFTextStripper} still walks the
     * whole page tree to count its way to it, so reading a document page by page cost time in the
     * square of its length (a 500-page pack walked 125,000 pages); this goes to the page directly.
     */
    void read(PDDocument document, PDPage page) throws IOException {
        target = page;
        // the stripper counts the page it is on from 1 for each run, and processes it only inside
        // this range: the one page processed below is page 1 to it
        setStartPage(1);
        setEndPage(1);
        try {
            getText(document);
        } finally {
            target = null;
        }
    }

    @Override
    protected void processPages(PDPageTree pages) throws IOException {
        if (target == null) {
            super.processPages(pages);
        } else if (target.hasContents()) {
            processPage(target);
        }
    }

    /** What the pages read so far drew besides text. */
    DrawnMarks marks() {
        return marks;
    }

    /** Call before each page. */
    void beginPage() {
        overprints.reset();
        // PDFBox starts each page with a fresh graphics stack; the clip follows it
        clip.reset();
        paths.startPage();
        java.util.Arrays.fill(rightAngleGlyphs, 0);
        otherDirections.clear();
        glyphsDrawn = 0;
        unmappedGlyphs = 0;
    }

    /**
     * Counts the glyphs whose font has no Unicode for them (no ToUnicode entry, no name in the
     * glyph list): PDFBox drops such a glyph of a composite font and writes a simple font's raw
     * code in its place, so their text is missing or wrong. Evidence for {@link GarbledTextCheck}.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        glyphsDrawn++;
        if (font.toUnicode(code) == null) {
            unmappedGlyphs++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    /** The glyphs of the page run last with {@link #getText}: drawn, and without a Unicode mapping. */
    GlyphCount glyphCount() {
        return new GlyphCount(glyphsDrawn, unmappedGlyphs);
    }

    /**
     * The direction most of the page's text runs in (0, 90, 180, 270 degrees in user space), or
     * {@code fallback} for a page without text. PDFBox reports words in the frame that makes this
     * direction read left to right; rulings must be put in the same frame.
     */
    int textDirection(int fallback) {
        int best = fallback;
        int most = 0;
        for (int i = 0; i < RIGHT_ANGLES.length; i++) {
            if (rightAngleGlyphs[i] > most) {
                most = rightAngleGlyphs[i];
                best = RIGHT_ANGLES[i];
            }
        }
        for (java.util.Map.Entry<Integer, Integer> e : otherDirections.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
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

    /** A form draws inside its own graphics stack and inside its bounding box; so does its clip. */
    @Override
    public void showForm(PDFormXObject form) throws IOException {
        nested(form.getBBox(), form.getMatrix(), () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        nested(group.getBBox(), group.getMatrix(), () -> super.showTransparencyGroup(group));
    }

    @Override
    protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
        nested(null, null, () -> super.processType3Stream(charProc, textRenderingMatrix));
    }

    private interface NestedStream {
        void process() throws IOException;
    }

    /**
     * Runs a nested content stream with the clip it gets in PDFBox: the current one narrowed to
     * the stream's bounding box (when it has one), and whatever it leaves saved dropped afterwards,
     * as PDFBox drops the nested stream's graphics stack.
     */
    private void nested(PDRectangle bbox, Matrix matrix, NestedStream stream) throws IOException {
        int depth = clip.depth();
        clip.save();
        if (bbox != null) {
            // the box is in the stream's space: its matrix, then the current CTM, take it to the device
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            float[][] corners = {{bbox.getLowerLeftX(), bbox.getLowerLeftY()}, {bbox.getUpperRightX(), bbox.getLowerLeftY()},
                {bbox.getUpperRightX(), bbox.getUpperRightY()}, {bbox.getLowerLeftX(), bbox.getUpperRightY()}};
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (float[] c : corners) {
                Point2D.Float p = matrix == null ? new Point2D.Float(c[0], c[1]) : matrix.transformPoint(c[0], c[1]);
                p = ctm.transformPoint(p.x, p.y);
                x0 = Math.min(x0, p.x);
                x1 = Math.max(x1, p.x);
                y0 = Math.min(y0, p.y);
                y1 = Math.max(y1, p.y);
            }
            clip.intersect(x0, y0, x1, y1);
        }
        try {
            stream.process();
        } finally {
            clip.unwindTo(depth);
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode != null
                && overprints.overprints(unicode, text.getX(), text.getY(), text.getWidth() / unicode.length() / 3f)) {
            return;
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        // PDFBox may hand over a run containing spaces when the PDF itself draws space glyphs
        // (no-break and other Unicode spaces included: they break words like any other)
        List<List<TextPosition>> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition p : positions) {
            countDirection(Math.round(p.getDir()) % 360);
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isEmpty() || TextNormaliser.isSpace(unicode)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            } else {
                if (run.size() == 1 && WordTokens.bulletPrefix(run.getFirst().getUnicode(), unicode)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                run.add(p);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        // PDFBox's text is already in logical order (right-to-left scripts reversed, ligatures
        // expanded); use it whenever it splits into the same runs
        List<String> tokens = WordTokens.of(text);
        boolean aligned = tokens.size() == runs.size();
        for (int i = 0; i < runs.size(); i++) {
            add(runs.get(i), aligned ? tokens.get(i) : null);
        }
    }

    private void countDirection(int degrees) {
        for (int i = 0; i < RIGHT_ANGLES.length; i++) {
            if (RIGHT_ANGLES[i] == degrees) {
                rightAngleGlyphs[i]++;
                return;
            }
        }
        otherDirections.merge(degrees, 1, Integer::sum);
    }

    private void add(List<TextPosition> run, String logicalText) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (TextPosition p : run) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
            bottom = Math.max(bottom, p.getYDirAdj());
            size = Math.max(size, printedSize(p));
        }
        String text = TextNormaliser.normalise(logicalText != null ? logicalText : glyphs(run)).strip();
        if (text.isEmpty()) {
            return;
        }
        PDFont font = run.getFirst().getFont();
        FontStyle style = font == null ? FontStyle.NONE : styles.computeIfAbsent(font, FontStyle::of);
        words.add(new Word(text, x0, top, x1, bottom, style.name(), size, style.bold(), style.italic()));
    }

    /** The run's glyphs as drawn, for a run PDFBox's logical text does not line up with. */
    private static String glyphs(List<TextPosition> run) {
        StringBuilder out = new StringBuilder();
        for (TextPosition p : run) {
            out.append(p.getUnicode());
        }
        return out.toString();
    }

    /**
     * The size the glyph is printed at, in points: the font size scaled by the text matrix and the
     * page's drawing matrix, to the half point. PDFBox's own {@code getFontSizeInPt} leaves the
     * drawing matrix out and cuts to a whole point, so browser renders (drawn in pixels scaled by
     * 0.75) report sizes a third too large and 10.5-point type as 10.
     */
    private static float printedSize(TextPosition p) {
        return Math.round(Math.abs(p.getXScale()) * 2) / 2f;
    }
}
