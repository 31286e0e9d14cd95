package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Finds the columns of a block of lines from vertical whitespace: x ranges that (nearly) every
 * line leaves empty. A few lines may cross a river (a long cell running into the next column, a
 * section title across the table) so that one stray line does not hide a column that all the
 * others show; where a stricter, fully clear gap exists inside such a river it is preferred.
 */
final class ColumnFinder {

    /** Share of lines allowed to cross a river: "clear in nearly all lines". */
    static final float CROSSING_SHARE = 0.1f;

    private final float minGapEms;

    ColumnFinder(float minGapEms) {
        this.minGapEms = minGapEms;
    }

    StreamColumns find(List<TextLine> lines, float fontSize) {
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        TreeSet<Float> edges = new TreeSet<>();
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                edges.add(w.x0());
                edges.add(w.x1());
                x0 = Math.min(x0, w.x0());
                x1 = Math.max(x1, w.x1());
            }
        }
        float minGap = minGapEms * fontSize;
        int tolerance = Math.round(lines.size() * CROSSING_SHARE);
        float[] xs = new float[edges.size()];
        int k = 0;
        for (Float e : edges) {
            xs[k++] = e;
        }
        int[] crossed = crossings(lines, xs);
        List<float[]> strict = gaps(xs, crossed, 0, minGap);
        List<float[]> rivers = new ArrayList<>();
        for (float[] loose : tolerance == 0 ? strict : gaps(xs, crossed, tolerance, minGap)) {
            List<float[]> inside = strict.stream().filter(s -> s[0] >= loose[0] && s[1] <= loose[1]).toList();
            rivers.addAll(inside.isEmpty() ? List.of(loose) : inside);
        }
        rivers.addAll(TightColumns.rivers(lines, gaps(xs, crossed, 0, TightColumns.MIN_EMS * fontSize), rivers, minGap));
        rivers.sort((a, b) -> Float.compare(a[0], b[0]));
        rivers = dropThinColumns(lines, new StreamColumns(x0, x1, rivers));
        return new StreamColumns(x0, x1, rivers);
    }

    /**
     * Maximal x ranges inside the block crossed by at most {@code tolerance} lines and at least
     * {@code minGap} wide; {@code crossed[i]} counts the lines across the middle of edges i and i + 1.
     */
    private static List<float[]> gaps(float[] xs, int[] crossed, int tolerance, float minGap) {
        List<float[]> out = new ArrayList<>();
        float start = Float.NaN;
        for (int i = 0; i + 1 < xs.length; i++) {
            boolean open = crossed[i] <= tolerance;
            if (open && Float.isNaN(start)) {
                start = xs[i];
            } else if (!open && !Float.isNaN(start)) {
                if (xs[i] - start >= minGap) {
                    out.add(new float[] {start, xs[i]});
                }
                start = Float.NaN;
            }
        }
        // a run still open at the right edge is the margin after the block, not a river
        return out;
    }

    /**
     * For the middle of each pair of neighbouring edges, how many lines have a word over it
     * (ends included). Each line's words are merged into spans and each span adds one to the
     * middles it covers, through a difference array: asking every line about every middle cost
     * time growing with the square of the block's words.
     */
    private static int[] crossings(List<TextLine> lines, float[] xs) {
        int n = Math.max(0, xs.length - 1);
        float[] mids = new float[n];
        boolean ordered = true;
        for (int i = 0; i < n; i++) {
            mids[i] = (xs[i] + xs[i + 1]) / 2;
            ordered &= !Float.isNaN(mids[i]);
        }
        int[] counts = new int[n];
        if (!ordered) {
            // infinite edges make a middle that is not a number: count each middle on its own
            for (int i = 0; i < n; i++) {
                counts[i] = crossings(lines, mids[i]);
            }
            return counts;
        }
        int[] delta = new int[n + 1];
        for (TextLine line : lines) {
            List<Word> words = new ArrayList<>(line.words());
            words.removeIf(w -> !(w.x0() <= w.x1())); // a word drawn backwards covers no point
            words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
            int w = 0;
            while (w < words.size()) {
                float from = words.get(w).x0();
                float to = words.get(w).x1();
                for (w++; w < words.size() && words.get(w).x0() <= to; w++) {
                    to = Math.max(to, words.get(w).x1());
                }
                int lo = firstAtOrAbove(mids, from);
                int hi = firstAbove(mids, to);
                if (lo < hi) {
                    delta[lo]++;
                    delta[hi]--;
                }
            }
        }
        int running = 0;
        for (int i = 0; i < n; i++) {
            running += delta[i];
            counts[i] = running;
        }
        return counts;
    }

    private static int crossings(List<TextLine> lines, float x) {
        int n = 0;
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                if (w.x0() <= x && w.x1() >= x) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int firstAtOrAbove(float[] sorted, float v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(float[] sorted, float v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A column with words from only one or two lines of a long block is a stray cell, not a
     * column: merge it into its neighbour across the narrower river. A bold heading with an entry
     * set under it is a column that few rows fill (an accounts statement's "Note" column).
     */
    private static List<float[]> dropThinColumns(List<TextLine> lines, StreamColumns columns) {
        List<float[]> rivers = new ArrayList<>(columns.rivers());
        int minLines = lines.size() >= 8 ? 3 : 1;
        boolean changed = true;
        while (changed && !rivers.isEmpty()) {
            changed = false;
            StreamColumns current = new StreamColumns(columns.x0(), columns.x1(), rivers);
            int[] used = new int[current.count()];
            for (TextLine line : lines) {
                boolean[] seen = new boolean[current.count()];
                for (Word w : line.words()) {
                    seen[current.columnOf(w)] = true;
                }
                for (int c = 0; c < seen.length; c++) {
                    used[c] += seen[c] ? 1 : 0;
                }
            }
            for (int c = 0; c < used.length; c++) {
                if (used[c] < minLines && !(used[c] == 2 && headedEntry(lines, current, c))) {
                    int river = c == 0 ? 0 : c == used.length - 1 ? c - 1
                            : width(rivers.get(c - 1)) < width(rivers.get(c)) ? c - 1 : c;
                    rivers.remove(river);
                    changed = true;
                    break;
                }
            }
        }
        return rivers;
    }

    /** Whether a bold word of column c has a regular word of the column under or over it. */
    private static boolean headedEntry(List<TextLine> lines, StreamColumns columns, int c) {
        float boldFrom = Float.POSITIVE_INFINITY;
        float boldTo = Float.NEGATIVE_INFINITY;
        List<Word> regular = new ArrayList<>();
        for (TextLine line : lines) {
            for (Word w : line.words()) {
                if (columns.columnOf(w) != c) {
                    continue;
                }
                if (w.bold()) {
                    boldFrom = Math.min(boldFrom, w.x0());
                    boldTo = Math.max(boldTo, w.x1());
                } else {
                    regular.add(w);
                }
            }
        }
        for (Word w : regular) {
            if (w.x0() < boldTo && w.x1() > boldFrom) {
                return true;
            }
        }
        return false;
    }

    private static float width(float[] r) {
        return r[1] - r[0];
    }
}
