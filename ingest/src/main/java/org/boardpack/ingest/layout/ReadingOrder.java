package org.boardpack.ingest.layout;

import java.util.ArrayList;
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
        List<Item> byX = new ArrayList<>(items);
        byX.sort(Comparator.comparingDouble(Item::x0));
        float reach = byX.getFirst().x1();
        float bestGap = 0;
        float cutAt = Float.NaN;
        for (Item w : byX) {
            if (w.x0() - reach > bestGap) {
                bestGap = w.x0() - reach;
                cutAt = (w.x0() + reach) / 2;
            }
            reach = Math.max(reach, w.x1());
        }
        if (Float.isNaN(cutAt) || bestGap < GUTTER_EMS * em) {
            return List.of(items);
        }
        final float at = cutAt;
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
        List<Item> byY = new ArrayList<>(items);
        byY.sort(Comparator.comparingDouble(Item::top));
        float reach = byY.getFirst().bottom();
        float bestGap = 0;
        float cutAt = Float.NaN;
        List<Float> gaps = new ArrayList<>();
        for (Item w : byY) {
            float gap = w.top() - reach;
            if (gap > 0) {
                gaps.add(gap);
            }
            if (gap > bestGap) {
                bestGap = gap;
                cutAt = (w.top() + reach) / 2;
            }
            reach = Math.max(reach, w.bottom());
        }
        if (Float.isNaN(cutAt)) {
            return List.of(items);
        }
        gaps.sort(Float::compare);
        float usual = gaps.get(gaps.size() / 2);
        boolean breaks = bestGap >= 0.5f * em && (gaps.size() < 3 || bestGap > 1.5f * usual + 0.2f * em);
        if (!breaks) {
            return List.of(items);
        }
        final float at = cutAt;
        return List.of(items.stream().filter(w -> w.bottom() <= at).toList(),
                items.stream().filter(w -> w.top() >= at).toList());
    }

    private static int lines(List<Item> items) {
        return (int) items.stream().map(w -> Math.round((w.top() + w.bottom()) / 4)).distinct().count();
    }

    /** The typical font size of the region's words (tables count as body text). */
    private static float medianSize(List<Item> items) {
        float[] sizes = items.stream().filter(i -> i.word() != null).map(Item::size)
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    float[] a = new float[l.size()];
                    for (int i = 0; i < a.length; i++) {
                        a[i] = l.get(i);
                    }
                    return a;
                }));
        if (sizes.length == 0) {
            return 10f;
        }
        java.util.Arrays.sort(sizes);
        return Math.max(4f, sizes[sizes.length / 2]);
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
