package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.boardpack.ingest.Word;

/**
 * The text of a cell from its words: lines by vertical overlap, top to bottom, words left to
 * right, lines joined with a space. A line-end hyphen is kept with the next line's word attached
 * ({@code Ring-} + {@code ring} → {@code Ring-ring}) when the next line starts in lower case, since
 * whether the hyphen belongs to the word cannot be known without a dictionary.
 */
final class CellText {

    private CellText() {
    }

    static String of(List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (List<Word> line : lines(words)) {
            for (Word w : line) {
                boolean joinHyphen = sb.length() > 1 && sb.charAt(sb.length() - 1) == '-'
                        && sb.charAt(sb.length() - 2) != ' ' && w == line.getFirst()
                        && Character.isLowerCase(w.text().charAt(0));
                if (!sb.isEmpty() && !joinHyphen) {
                    sb.append(' ');
                }
                sb.append(w.text());
            }
        }
        return sb.toString();
    }

    /**
     * How many of the cell's lines fall into two or more runs of words separated by a gap wider
     * than {@code gapEms} times the font size: a sign of columns that no ruling separates.
     */
    static int linesWithColumnGaps(List<Word> words, float gapEms) {
        int n = 0;
        for (List<Word> line : lines(words)) {
            for (int i = 1; i < line.size(); i++) {
                Word a = line.get(i - 1);
                Word b = line.get(i);
                if (b.x0() - a.x1() > gapEms * Math.max(a.fontSize(), b.fontSize())) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Words grouped into lines by vertical overlap, top to bottom, each left to right. */
    static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> (w.top() + w.bottom()) / 2));
        List<List<Word>> lines = new ArrayList<>();
        float bandTop = 0;
        float bandBottom = 0;
        for (Word w : sorted) {
            float mid = (w.top() + w.bottom()) / 2;
            if (lines.isEmpty() || mid > bandBottom) {
                lines.add(new ArrayList<>());
                bandTop = w.top();
                bandBottom = w.bottom();
            } else {
                bandTop = Math.min(bandTop, w.top());
                bandBottom = Math.max(bandBottom, w.bottom());
            }
            lines.getLast().add(w);
        }
        for (List<Word> line : lines) {
            line.sort(Comparator.comparingDouble(Word::x0));
        }
        return lines;
    }
}
