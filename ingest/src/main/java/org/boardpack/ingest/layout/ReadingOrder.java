package org.boardpack.ingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.pdf.LineGrouping;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * The order a person reads a page in. A recursive XY-cut over the page's body words: a region is
 * split into columns at a vertical gutter no word crosses (when both sides hold a fair share of
 * the text, so a right-hand column of initials stays beside its names), else into strips at its
 * widest horizontal gap; what cannot be cut is a block of lines. Tables found on the page are read
 * as whole blocks, row by row and cell by cell, so an action column is never read into the middle
 * of a paragraph. Running headers come first and footers last.
 */
public final class ReadingOrder {

    /** The smaller side of a column cut must hold at least this share of the region's words. */
    private static final double MIN_COLUMN_SHARE = 0.2;
    private static final int MIN_COLUMN_LINES = 3;
    /** A gutter must be this wide, in ems of the region's typical font size. */
    private static final float GUTTER_EMS = 1.2f;

    private final LineGrouping lineGrouping = new LineGrouping();

    /** The page's text in reading order: blocks separated by blank lines, table rows as cells joined by " | ". */
    public String text(Page page, List<DetectedTable> tables) {
        List<String> blocks = new ArrayList<>();
        List<TextLine> running = page.running();
        float bodyTop = (float) page.bodyLines().stream().mapToDouble(TextLine::top).min().orElse(0);
        running.stream().filter(l -> l.bottom() <= bodyTop).forEach(l -> blocks.add(l.text()));
        List<Item> items = new ArrayList<>();
        for (DetectedTable t : tables) {
            items.add(new Item(t.x0(), t.top(), t.x1(), t.bottom(), 0, null, t));
        }
        for (TextLine line : page.bodyLines()) {
            for (Word w : line.words()) {
                if (tableOf(w, tables) == null) {
                    items.add(new Item(w.x0(), w.top(), w.x1(), w.bottom(), w.fontSize(), w, null));
                }
            }
        }
        List<List<Item>> leaves = new ArrayList<>();
        cut(items, leaves, 0);
        for (List<Item> leaf : leaves) {
            blocks.addAll(leafText(leaf));
        }
        running.stream().filter(l -> l.bottom() > bodyTop).forEach(l -> blocks.add(l.text()));
        return String.join("\n\n", blocks.stream().filter(b -> !b.isBlank()).toList());
    }

    /** A word, or a whole table taking part in the cut as one box. */
    private record Item(float x0, float top, float x1, float bottom, float size, Word word, DetectedTable table) {
    }

    /** A leaf's text: its words as lines, its tables row by row, top to bottom. */
    private List<String> leafText(List<Item> leaf) {
        List<Item> sorted = new ArrayList<>(leaf);
        sorted.sort(Comparator.comparingDouble(Item::top));
        List<String> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (Item i : sorted) {
            if (i.table() == null) {
                words.add(i.word());
                continue;
            }
            flushWords(words, out);
            out.add(tableText(i.table()));
        }
        flushWords(words, out);
        return out;
    }

    private void flushWords(List<Word> words, List<String> out) {
        if (words.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lineGrouping.build(words)) {
            sb.append(sb.isEmpty() ? "" : "\n").append(l.text());
        }
        out.add(sb.toString());
        words.clear();
    }

    private static String tableText(DetectedTable table) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : table.rows()) {
            List<String> cells = row.stream().filter(c -> !c.isBlank()).toList();
            if (!cells.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "\n").append(String.join(" | ", cells));
            }
        }
        return sb.toString();
    }

    private void cut(List<Item> items, List<List<Item>> out, int depth) {
        if (items.isEmpty()) {
            return;
        }
        if (depth > 60 || items.size() == 1) {
            out.add(items);
            return;
        }
        float em = medianSize(items);
        List<List<Item>> columns = columns(items, em);
        if (columns.size() == 2) {
            cut(columns.get(0), out, depth + 1);
            cut(columns.get(1), out, depth + 1);
            return;
        }
        List<List<Item>> strips = strips(items, em);
        if (strips.size() == 2) {
            cut(strips.get(0), out, depth + 1);
            cut(strips.get(1), out, depth + 1);
            return;
        }
        out.add(items);
    }

    /** Split at the widest vertical gutter, if both sides hold real text. */
    private static List<List<Item>> columns(List<Item> items, float em) {
        Gap gutter = widestGap(items, Item::x0, Item::x1, null);
        if (gutter == null || gutter.width() < GUTTER_EMS * em) {
            return List.of(items);
        }
        final float at = gutter.at();
        List<Item> left = items.stream().filter(w -> w.x1() <= at).toList();
        List<Item> right = items.stream().filter(w -> w.x0() >= at).toList();
        int smaller = Math.min(left.size(), right.size());
        if (smaller < MIN_COLUMN_SHARE * items.size() || lines(left) < MIN_COLUMN_LINES
                || lines(right) < MIN_COLUMN_LINES) {
            return List.of(items);
        }
        return List.of(left, right);
    }

    /**
     * Split at the widest horizontal gap, if it is wider than the ordinary space between the
     * region's lines: a paragraph or section break, not line spacing.
     */
    private static List<List<Item>> strips(List<Item> items, float em) {
        List<Float> gaps = new ArrayList<>();
        Gap widest = widestGap(items, Item::top, Item::bottom, gaps);
        if (widest == null) {
            return List.of(items);
        }
        gaps.sort(Float::compare);
        float usual = gaps.get(gaps.size() / 2);
        boolean breaks = widest.width() >= 0.5f * em && (gaps.size() < 3 || widest.width() > 1.5f * usual + 0.2f * em);
        if (!breaks) {
            return List.of(items);
        }
        final float at = widest.at();
        return List.of(items.stream().filter(w -> w.bottom() <= at).toList(),
                items.stream().filter(w -> w.top() >= at).toList());
    }

    /** An empty stretch between items along one axis: its width and its middle. */
    private record Gap(float width, float at) {
    }

    private interface Edge {
        float of(Item item);
    }

    /**
     * The widest stretch of the axis no item covers, between the first item and the last (the
     * first of equals), or null if the items leave none; every such gap's width goes into
     * {@code all} when it is given. The items' starts and ends are sorted apart, as plain floats:
     * when the i-th start lies past the i-th smallest end, the i items before it have all ended
     * and that end is the furthest any of them reaches, so each gap is a start minus the end
     * before it. The cut runs several times per page and sorting items by comparator dominated it.
     */
    private static Gap widestGap(List<Item> items, Edge start, Edge end, List<Float> all) {
        int n = items.size();
        float[] starts = new float[n];
        float[] ends = new float[n];
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            // an item drawn backwards (a negative width) still covers its span
            starts[i] = Math.min(start.of(item), end.of(item));
            ends[i] = Math.max(start.of(item), end.of(item));
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        Gap widest = null;
        for (int i = 1; i < n; i++) {
            float gap = starts[i] - ends[i - 1];
            if (gap <= 0) {
                continue;
            }
            if (all != null) {
                all.add(gap);
            }
            if (widest == null || gap > widest.width()) {
                widest = new Gap(gap, (starts[i] + ends[i - 1]) / 2);
            }
        }
        return widest;
    }

    /** How many distinct lines the items sit on (their middles, to half a point). */
    private static int lines(List<Item> items) {
        int[] rows = new int[items.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Math.round((items.get(i).top() + items.get(i).bottom()) / 4);
        }
        Arrays.sort(rows);
        int distinct = 0;
        for (int i = 0; i < rows.length; i++) {
            if (i == 0 || rows[i] != rows[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** The typical font size of the region's words (tables count as body text). */
    private static float medianSize(List<Item> items) {
        float[] sizes = new float[items.size()];
        int n = 0;
        for (Item i : items) {
            if (i.word() != null) {
                sizes[n++] = i.size();
            }
        }
        if (n == 0) {
            return 10f;
        }
        Arrays.sort(sizes, 0, n);
        return Math.max(4f, sizes[n / 2]);
    }

    private static DetectedTable tableOf(Word w, List<DetectedTable> tables) {
        float cx = (w.x0() + w.x1()) / 2;
        float cy = (w.top() + w.bottom()) / 2;
        for (DetectedTable t : tables) {
            if (cx >= t.x0() && cx <= t.x1() && cy >= t.top() && cy <= t.bottom()) {
                return t;
            }
        }
        return null;
    }
}
