package org.boardpack.ingest.tables;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * A bold line of column headings centred over their columns with little more than word spaces
 * between them, as word processors set a borderless table's header row ("Category   Budget line
 * Budget 2024/25 £000   Forecast outturn £000"): its runs cross the rivers found from the rows,
 * yet split at gaps wider than a word space it gives three or more headings, each centred in a
 * column of its own. Each heading belongs whole to that column. A bold title or paragraph keeps
 * word spaces and gives one run.
 */
final class CentredHeadings {

    /** Gap, in ems, wider than a word space (about a quarter em) that parts two headings. */
    static final float GAP_EMS = 0.5f;
    static final int MIN_HEADINGS = 3;

    private CentredHeadings() {
    }

    /** Most words one heading holds ("Budget 2024/25 £000", "Forecast outturn £000"). */
    static final int HEADING_WORDS = 4;

    /**
     * Whether, before any columns are known, the line reads as such a heading row rather than
     * prose: bold, three or more runs parted by more than word spaces, each a few words long.
     */
    static boolean crowded(TextLine line) {
        if (!line.bold()) {
            return false;
        }
        List<TextLine> headings = line.segments(GAP_EMS);
        return headings.size() >= MIN_HEADINGS && headings.stream().allMatch(h -> h.words().size() <= HEADING_WORDS);
    }

    static boolean over(TextLine line, StreamColumns columns) {
        return columnsOf(line, columns).isPresent();
    }

    /** The column of each of the line's words, in order, when the line is such a heading row. */
    static Optional<int[]> columnsOf(TextLine line, StreamColumns columns) {
        if (!line.bold()) {
            return Optional.empty();
        }
        List<TextLine> headings = line.segments(GAP_EMS);
        if (headings.size() < MIN_HEADINGS) {
            return Optional.empty();
        }
        int[] out = new int[line.words().size()];
        Set<Integer> seen = new HashSet<>();
        int i = 0;
        for (TextLine h : headings) {
            float centre = (h.x0() + h.x1()) / 2;
            int column = columns.columnOf(new Word(h.text(), centre, h.top(), centre, h.bottom(), null, h.fontSize(), true));
            if (!seen.add(column)) {
                return Optional.empty();
            }
            for (int k = 0; k < h.words().size() && i < out.length; k++) {
                out[i++] = column;
            }
        }
        // headings crowded closer than the gap ("Turnover % Sickness %") would leave a column
        // the words fill without a heading: then the words go by their own places
        long wordColumns = line.words().stream().map(columns::columnOf).distinct().count();
        return i == out.length && seen.size() >= wordColumns ? Optional.of(out) : Optional.empty();
    }
}
