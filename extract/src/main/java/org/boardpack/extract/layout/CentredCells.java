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
 * level with the middle of the title, between its lines. Such a line, an item number alone in its
 * column with nothing in the title's column, centred on the block of lines it stands in, is read
 * as printed on the block's first line, as a top-aligned row prints it.
 */
public final class CentredCells {

    /** An item number as agendas print it: {@code 3}, {@code 3.}, {@code 4.1}, {@code 5a}. */
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})?(?:\\.?[a-z])?[.)]?$");
    /** Lines of one cell stand closer than this many glyph heights apart; a blank line ends the cell. */
    private static final float CELL_LINE_GAP = 0.8f;
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
            if (!NUMBER.matcher(number.text()).matches()) {
                continue;
            }
            int first = edge(out, i, -1, number);
            int last = edge(out, i, 1, number);
            if (first == i || last == i || !apart(line, out.subList(first, last + 1), i - first)) {
                continue;
            }
            float height = Math.max(1f, line.bottom() - line.top());
            float middle = (out.get(first).top() + out.get(last).bottom()) / 2;
            if (Math.abs((line.top() + line.bottom()) / 2 - middle) > CENTRE_TOLERANCE * height) {
                continue;
            }
            TextLine top = out.get(first);
            List<Word> words = new ArrayList<>(top.words());
            for (Word w : line.words()) {
                words.add(new Word(w.text(), w.x0(), top.top(), w.x1(), top.bottom(), w.font(), w.fontSize(), w.bold(), w.italic()));
            }
            words.sort((a, b) -> Float.compare(a.x0(), b.x0()));
            out.set(first, new TextLine(words));
            out.remove(i);
            i--;
        }
        return out;
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
            float height = Math.max(1f, Math.max(a.bottom() - a.top(), b.bottom() - b.top()));
            boolean close = b.top() - a.bottom() < CELL_LINE_GAP * height && b.top() > a.top();
            boolean clear = lines.get(next).x0() > number.x1();
            if (!close || !clear) {
                break;
            }
            k = next;
        }
        return k;
    }

    /** Whether no word of the number's line stands over or under a word of the cell's other lines. */
    private static boolean apart(TextLine line, List<TextLine> block, int self) {
        for (int k = 0; k < block.size(); k++) {
            if (k == self) {
                continue;
            }
            for (Word w : line.words()) {
                for (Word o : block.get(k).words()) {
                    if (w.x0() < o.x1() && o.x0() < w.x1()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
