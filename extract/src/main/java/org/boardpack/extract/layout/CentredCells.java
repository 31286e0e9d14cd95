package org.boardpack.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A table whose cells are centred top to bottom in their row (Word's "centre" cell alignment, a
 * LibreOffice render of an HTML table): beside a title that wraps over two lines the item number
 * (and the row's other short cells, its purpose, lead and time) prints on a line of its own,
 * level with the middle of the title, between its lines, or on the middle line of a bold title
 * over plain text. Such a number, alone in its column and centred on the block of lines it stands
 * in, is read as printed on the block's first line with the row's other short cells, as a
 * top-aligned row prints it.
 */
public final class CentredCells {

    /**
     * An item number as agendas print it ({@code 3}, {@code 3.}, {@code 4.1}, {@code 5a}), or a
     * minute reference with the body's letters ({@code TB/24/03}, {@code FC 12/2024}).
     */
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})?(?:\\.?[a-z])?[.)]?"
            + "|\\p{Lu}{1,5}/?\\d{1,4}(?:/\\d{1,4}){1,2}[.)]?)$");
    /**
     * Lines of one cell stand less than this many ems of their type apart, baseline to baseline
     * (single spacing is about 1.2); a blank line or a row's padding ends the cell.
     */
    private static final float CELL_LINE_PITCH = 1.6f;
    /** The number line's middle lies within this many glyph heights of the block's middle. */
    private static final float CENTRE_TOLERANCE = 0.5f;
    /** Lines a cell may run to on either side of its number. */
    private static final int MAX_LINES = 4;

    private CentredCells() {
    }

    /** A page's lines, top to bottom, with each centred row's short cells on its first line. */
    public static List<TextLine> lifted(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int i = 1; i < out.size() - 1; i++) {
            TextLine line = out.get(i);
            Word number = line.words().getFirst();
            if (!NUMBER.matcher(number.text()).matches() || !ownColumn(line)) {
                continue;
            }
            int first = edge(out, i, -1, number);
            int last = edge(out, i, 1, number);
            if (first == i || last == i) {
                continue;
            }
            List<TextLine> others = new ArrayList<>(out.subList(first, last + 1));
            others.remove(i - first);
            // the line's cells (split at column gaps) that stand clear of the cell's other lines move
            List<Word> moved = new ArrayList<>();
            List<Word> stay = new ArrayList<>();
            for (TextLine cell : line.segments(ColumnGap.EMS)) {
                boolean apart = cell.words().stream().allMatch(w -> apart(w, others));
                (apart ? moved : stay).addAll(cell.words());
            }
            // on the cell's middle line the number is level with text of its own: only a bold
            // title on the cell's first line over plain text says the row is centred
            boolean middle = !stay.isEmpty();
            if (!moved.contains(number) || middle && !(bold(out.get(first).words()) && stay.stream().noneMatch(Word::bold))) {
                continue;
            }
            float height = Math.max(1f, line.bottom() - line.top());
            float centre = (out.get(first).top() + out.get(last).bottom()) / 2;
            if (Math.abs((line.top() + line.bottom()) / 2 - centre) > CENTRE_TOLERANCE * height) {
                continue;
            }
            TextLine top = out.get(first);
            List<Word> words = new ArrayList<>(top.words());
            for (Word w : moved) {
                words.add(new Word(w.text(), w.x0(), top.top(), w.x1(), top.bottom(), w.font(), w.fontSize(), w.bold(), w.italic()));
            }
            words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
            out.set(first, new TextLine(words));
            if (middle) {
                out.set(i, new TextLine(stay));
            } else {
                out.remove(i);
                i--;
            }
        }
        return out;
    }

    /** Whether the line's first word stands in a column of its own: a column gap after it, or nothing. */
    private static boolean ownColumn(TextLine line) {
        List<Word> w = line.words();
        return w.size() == 1 || w.get(1).x0() - w.getFirst().x1() > ColumnGap.EMS * w.getFirst().fontSize();
    }

    private static boolean bold(List<Word> words) {
        return !words.isEmpty() && words.stream().allMatch(Word::bold);
    }

    /**
     * The farthest line, going {@code step} from line {@code i}, of the cell the number stands
     * beside: lines close to the one before, with nothing in the number's column.
     */
    private static int edge(List<TextLine> lines, int i, int step, Word number) {
        int k = i;
        for (int n = 0; n < MAX_LINES; n++) {
            int next = k + step;
            if (next < 0 || next >= lines.size()) {
                break;
            }
            TextLine a = lines.get(Math.min(k, next));
            TextLine b = lines.get(Math.max(k, next));
            float size = Math.max(a.fontSize(), b.fontSize());
            boolean close = b.bottom() - a.bottom() < CELL_LINE_PITCH * size && b.top() > a.top();
            boolean clear = lines.get(next).x0() > number.x1();
            if (!close || !clear) {
                break;
            }
            k = next;
        }
        return k;
    }

    /** Whether no word of the cell's other lines stands over or under the word. */
    private static boolean apart(Word w, List<TextLine> others) {
        for (TextLine o : others) {
            for (Word x : o.words()) {
                if (w.x0() < x.x1() && x.x0() < w.x1()) {
                    return false;
                }
            }
        }
        return true;
    }
}
