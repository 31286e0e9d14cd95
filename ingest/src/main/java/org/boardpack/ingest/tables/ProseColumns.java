package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A page set in two columns (a trustees' report, a newsletter, a briefing with its table
 * "opposite"): a gutter of white space runs down the page between two blocks of running text, and
 * the words of both columns at one height come through as one line. Read whole, the left column's
 * sentences would become first cells of the right column's table rows. The lines are cut at the
 * gutter so each column is looked at on its own, but only when both sides hold prose (lines of
 * many words set flush with the side's left edge) down most of the page and their paragraphs do
 * not start level: a table with a wide gap down it (a minutes grid's reference column, an action
 * log's owner column) has a side that is no prose, or rows that start level on both sides.
 */
final class ProseColumns {

    /** Narrowest gutter, in ems: wider than a word space or a tight cell padding. */
    static final float GUTTER_EMS = 0.8f;
    /** Each side holds at least this share of the text's width: a reference column is no column of prose. */
    static final float MIN_SIDE_SHARE = 0.3f;
    /** The gutter runs down at least this share of the text's height. */
    static final float MIN_HEIGHT_SHARE = 0.5f;
    static final int MIN_PROSE_LINES = 3;
    /** A prose line holds this many words in one run and fills this share of its side. */
    static final int PROSE_WORDS = 5;
    static final float PROSE_FILL = 0.6f;
    /** A paragraph starts after a gap this many ems wider than the side's usual gap between lines. */
    static final float PARAGRAPH_GAP_EMS = 0.4f;
    private static final int MAX_DEPTH = 2;
    /** Step, in points, of the scan for a gutter. */
    private static final float STEP = 1f;

    /** A column of lines to read on its own, and the width its text has to run in. */
    record Column(List<TextLine> lines, float width) {
    }

    private ProseColumns() {
    }

    /** The lines cut into columns of prose at their gutters; the lines whole (with {@code width}) when there are none. */
    static List<Column> split(List<TextLine> lines, float width) {
        List<Column> out = new ArrayList<>();
        split(lines, width, out, 0);
        return out;
    }

    private static void split(List<TextLine> lines, float width, List<Column> out, int depth) {
        float x = depth < MAX_DEPTH ? gutter(lines) : Float.NaN;
        if (Float.isNaN(x)) {
            out.add(new Column(lines, width));
            return;
        }
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine line : lines) {
            if (crosses(line, x)) {
                // a title over both columns or a footer under them stays whole
                left.add(line);
                continue;
            }
            splitAt(line, x, left, right);
        }
        split(left, extent(left), out, depth + 1);
        split(right, extent(right), out, depth + 1);
    }

    /**
     * The x of a gutter parting two columns of prose, or NaN: the middle of the widest stretch of
     * positions, in the middle of the text's width, that no line crosses down the height both
     * sides share (a title over both columns and a footer under them may cross).
     */
    static float gutter(List<TextLine> lines) {
        if (lines.size() < 2 * MIN_PROSE_LINES) {
            return Float.NaN;
        }
        float em = StreamRegionFinder.medianFontSize(lines);
        float x0 = (float) lines.stream().mapToDouble(TextLine::x0).min().orElse(0);
        float x1 = (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        float from = x0 + MIN_SIDE_SHARE * (x1 - x0);
        float to = x1 - MIN_SIDE_SHARE * (x1 - x0);
        List<float[]> stretches = new ArrayList<>();
        float start = Float.NaN;
        for (float x = from; x <= to + STEP; x += STEP) {
            boolean clear = x <= to && clear(lines, x);
            if (clear && Float.isNaN(start)) {
                start = x;
            } else if (!clear && !Float.isNaN(start)) {
                stretches.add(new float[] {start, x - STEP});
                start = Float.NaN;
            }
        }
        stretches.sort((a, b) -> Float.compare(b[1] - b[0], a[1] - a[0]));
        for (float[] stretch : stretches) {
            float x = (stretch[0] + stretch[1]) / 2;
            if (proseBothSides(lines, x, em)) {
                return x;
            }
        }
        return Float.NaN;
    }

    /** Whether no line crosses {@code x} down the height where both sides hold text, which runs down most of the text. */
    private static boolean clear(List<TextLine> lines, float x) {
        float[] band = band(lines, x);
        float height = lines.getLast().bottom() - lines.getFirst().top();
        if (!(band[1] - band[0] >= MIN_HEIGHT_SHARE * height)) {
            return false;
        }
        for (TextLine line : lines) {
            if (line.bottom() >= band[0] && line.top() <= band[1] && crosses(line, x)) {
                return false;
            }
        }
        return true;
    }

    /** Top and bottom of the height where lines have words on both sides of {@code x}. */
    private static float[] band(List<TextLine> lines, float x) {
        float leftTop = Float.NaN;
        float leftBottom = Float.NaN;
        float rightTop = Float.NaN;
        float rightBottom = Float.NaN;
        for (TextLine line : lines) {
            if (line.words().stream().anyMatch(w -> centre(w) < x)) {
                leftTop = Float.isNaN(leftTop) ? line.top() : leftTop;
                leftBottom = line.bottom();
            }
            if (line.words().stream().anyMatch(w -> centre(w) >= x)) {
                rightTop = Float.isNaN(rightTop) ? line.top() : rightTop;
                rightBottom = line.bottom();
            }
        }
        return new float[] {Math.max(leftTop, rightTop), Math.min(leftBottom, rightBottom)};
    }

    /** The line's words left of {@code x} to {@code left}, the others to {@code right}, each side as a line of its own. */
    private static void splitAt(TextLine line, float x, List<TextLine> left, List<TextLine> right) {
        List<Word> l = line.words().stream().filter(w -> centre(w) < x).toList();
        List<Word> r = line.words().stream().filter(w -> centre(w) >= x).toList();
        if (!l.isEmpty()) {
            left.add(new TextLine(l));
        }
        if (!r.isEmpty()) {
            right.add(new TextLine(r));
        }
    }

    /** Whether the sides of a gutter at {@code x} both hold running prose whose paragraphs do not start level. */
    private static boolean proseBothSides(List<TextLine> lines, float x, float em) {
        float[] band = band(lines, x);
        List<TextLine> left = new ArrayList<>();
        List<TextLine> right = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.bottom() < band[0] || line.top() > band[1]) {
                continue;
            }
            splitAt(line, x, left, right);
        }
        return proseLines(left) >= MIN_PROSE_LINES && proseLines(right) >= MIN_PROSE_LINES
                && !levelParagraphs(left, right, em);
    }

    /** A line with a word over {@code x}, or two words closer than a gutter either side of it. */
    static boolean crosses(TextLine line, float x) {
        List<Word> words = line.words();
        float gutter = GUTTER_EMS * line.fontSize();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.x0() <= x && w.x1() >= x) {
                return true;
            }
            if (i > 0 && words.get(i - 1).x1() < x && w.x0() > x && w.x0() - words.get(i - 1).x1() < gutter) {
                return true;
            }
        }
        return false;
    }

    /** Lines of running text: many words in one run, flush with the side's left edge, filling most of its width. */
    private static int proseLines(List<TextLine> side) {
        if (side.size() < MIN_PROSE_LINES) {
            return 0;
        }
        float left = (float) side.stream().mapToDouble(TextLine::x0).min().orElse(0);
        float width = extent(side);
        int prose = 0;
        for (TextLine line : side) {
            boolean flush = line.x0() - left <= line.fontSize();
            boolean oneRun = !StreamRegionFinder.tabular(line);
            if (flush && oneRun && line.words().size() >= PROSE_WORDS && line.x1() - line.x0() >= PROSE_FILL * width) {
                prose++;
            }
        }
        return prose;
    }

    /**
     * Whether the sides' paragraphs start level, as a table's rows do across its columns: most
     * lines that start a block on the left (after more than the usual gap) have one on the right
     * at the same height. Two columns of prose break their paragraphs independently.
     */
    private static boolean levelParagraphs(List<TextLine> left, List<TextLine> right, float em) {
        List<Float> leftStarts = starts(left, em);
        List<Float> rightStarts = starts(right, em);
        int level = 0;
        for (float top : leftStarts) {
            if (rightStarts.stream().anyMatch(t -> Math.abs(t - top) <= 0.3f * em)) {
                level++;
            }
        }
        return level >= 2 && level * 2 >= leftStarts.size();
    }

    private static List<Float> starts(List<TextLine> side, float em) {
        float[] gaps = new float[side.size() - 1];
        for (int i = 1; i < side.size(); i++) {
            gaps[i - 1] = side.get(i).top() - side.get(i - 1).bottom();
        }
        float[] sorted = gaps.clone();
        Arrays.sort(sorted);
        float usual = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        List<Float> out = new ArrayList<>();
        for (int i = 0; i < gaps.length; i++) {
            if (gaps[i] > usual + PARAGRAPH_GAP_EMS * em) {
                out.add(side.get(i + 1).top());
            }
        }
        return out;
    }

    private static float extent(List<TextLine> lines) {
        float x0 = (float) lines.stream().mapToDouble(TextLine::x0).min().orElse(0);
        float x1 = (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        return x1 - x0;
    }

    private static float centre(Word w) {
        return (w.x0() + w.x1()) / 2;
    }
}
