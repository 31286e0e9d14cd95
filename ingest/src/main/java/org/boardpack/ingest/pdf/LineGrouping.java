package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Groups words into lines by vertical overlap: a word belongs to a line when its vertical middle
 * lies within the line's band. Superscripts and words of a slightly different size on the same
 * baseline stay in the line; words of two columns at the same height share a line and are told
 * apart later by the gap between them ({@link TextLine#segments}).
 */
public final class LineGrouping {

    public List<TextLine> build(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word w) -> w.bottom()).thenComparingDouble(Word::x0));
        List<List<Word>> lines = new ArrayList<>();
        List<float[]> bands = new ArrayList<>();
        for (Word w : sorted) {
            float mid = (w.top() + w.bottom()) / 2;
            int target = -1;
            // only recent lines can take the word: the list is sorted by bottom edge
            for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 3; i--) {
                float[] band = bands.get(i);
                if (mid >= band[0] && mid <= band[1]) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                lines.add(new ArrayList<>(List.of(w)));
                bands.add(new float[] {w.top(), w.bottom()});
            } else {
                lines.get(target).add(w);
                float[] band = bands.get(target);
                band[0] = Math.min(band[0], w.top());
                band[1] = Math.max(band[1], w.bottom());
            }
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (List<Word> line : lines) {
            line.sort(Comparator.comparingDouble(Word::x0));
            out.add(new TextLine(TouchingWords.join(line)));
        }
        out.sort(Comparator.comparingDouble(TextLine::top));
        return out;
    }
}
