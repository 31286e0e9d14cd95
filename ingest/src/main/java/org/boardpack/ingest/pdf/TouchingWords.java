package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.boardpack.ingest.Word;

/**
 * Joins the pieces of one word that PDFBox handed over as two: glyphs set edge to edge on one
 * baseline, in one font and size, with no space between them. Office renders (LibreOffice's PDF
 * export of a table cell) draw a word's first letter and the rest in separate runs, and PDFBox's
 * word breaks then split "Provide" into "P" and "rovide"; a printed gap, however narrow, or a
 * change of font keeps words apart.
 */
final class TouchingWords {

    /** How far apart two pieces' facing edges may be, in ems of their type: a rounding's worth, far below any space. */
    private static final float EDGE_EMS = 0.02f;
    /** How far apart their baselines may be, in ems. */
    private static final float BASELINE_EMS = 0.05f;

    private TouchingWords() {
    }

    /** The line's words, left to right, with touching pieces joined. */
    static List<Word> join(List<Word> line) {
        List<Word> out = new ArrayList<>(line.size());
        for (Word w : line) {
            Word last = out.isEmpty() ? null : out.getLast();
            if (last != null && touch(last, w)) {
                out.set(out.size() - 1, new Word(last.text() + w.text(), last.x0(), Math.min(last.top(), w.top()), w.x1(),
                        Math.max(last.bottom(), w.bottom()), last.font(), last.fontSize(), last.bold(), last.italic()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean touch(Word left, Word right) {
        float em = left.fontSize();
        return em > 0 && left.fontSize() == right.fontSize() && Objects.equals(left.font(), right.font())
                && left.bold() == right.bold() && left.italic() == right.italic()
                && Math.abs(right.x0() - left.x1()) <= EDGE_EMS * em
                && Math.abs(right.bottom() - left.bottom()) <= BASELINE_EMS * em;
    }
}
