package org.boardpack.extract.minutes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.documents.MeetingClose;
import org.boardpack.ingest.TextLine;

/**
 * Where a paper's numbered lines cannot be items of its meeting: pages where nearly every line is
 * numbered, one after another, with sentences running on from line to line (a transcript's line
 * numbers), and everything after the line that records the end of the meeting ({@code The
 * meeting closed at 9.15 pm}): papers attached behind the minutes.
 */
final class PaperLimits {

    /** Share of a page's lines that, numbered one after another, make the numbers line numbers. */
    private static final float LINE_NUMBERED = 0.6f;
    private static final int LINE_NUMBERED_MIN = 8;
    /** Share of those lines that go on with a sentence from the line before (start in lower case). */
    private static final float RUN_ON_LINES = 0.25f;


    private PaperLimits() {
    }

    /** Pages whose lines are numbered one after another, most of them: a transcript's line numbers. */
    static Set<Integer> lineNumberedPages(List<HeadingFinder.Line> lines, List<NumberedLine> numbered) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).page();
            int total = 0;
            int consecutive = 0;
            int runOn = 0;
            int previous = Integer.MIN_VALUE;
            for (; i < lines.size() && lines.get(i).page() == page; i++) {
                total++;
                NumberedLine nl = numbered.get(i);
                if (nl != null && nl.number().level() == ItemNumber.Level.WHOLE && nl.number().head().matches("\\d+")) {
                    if (nl.number().major() == previous + 1) {
                        consecutive++;
                        runOn += nl.titleCapitalised() ? 0 : 1;
                    }
                    previous = nl.number().major();
                }
            }
            // a list of items is numbered line by line too, but its lines are titles; a transcript's
            // numbered lines carry sentences on from line to line
            if (consecutive >= LINE_NUMBERED_MIN && consecutive >= total * LINE_NUMBERED
                    && runOn >= consecutive * RUN_ON_LINES) {
                out.add(page);
            }
        }
        return out;
    }

    /** The index of the line that closes the meeting, or the number of lines. */
    static int closingLine(List<HeadingFinder.Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (closesMeeting(lines.get(i).line())) {
                return i;
            }
        }
        return lines.size();
    }

    /** A line recording the end of the meeting ({@code The meeting closed at 9.15 pm}). */
    static boolean closesMeeting(TextLine line) {
        return MeetingClose.ofMeeting(line.text());
    }
}
