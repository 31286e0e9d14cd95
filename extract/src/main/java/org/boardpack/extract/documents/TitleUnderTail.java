package org.boardpack.extract.documents;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * A paper whose title stands in a page's first lines under the last lines of the paper before it:
 * the end of the minutes' last item or an agenda's last rows, a paragraph break, then
 * {@code Minutes of the meeting of ...} or {@code AGENDA}. The page cues read the title as opening
 * the page; the paper opens at the top of the title's block instead (a letterhead set close over
 * the title is the paper's, {@link PaperOpening#blockTop}), and the lines above stay with the
 * paper before. The lines above are that paper's only when one of them reads as its text rather
 * than as the new paper's letterhead or a running head: a numbered row, a line ending a sentence
 * or clause, or a line longer than a name ({@link PaperOpening#mayBeLetterhead}). And the title
 * heads a paper only where its head says so as a paper's head does: a date in the title's block or
 * the lines under it ({@code Meeting of the Harbour Trust Board, Tuesday 14 January 2020}), or an
 * attendance list under it; a bare heading under running text is more likely the text's own.
 */
final class TitleUnderTail {

    /** Lines under the title read for the head's date: the meeting's line, its time, its place. */
    private static final int HEAD_BELOW = 3;

    private final DateParser dates;

    TitleUnderTail(DateParser dates) {
        this.dates = dates;
    }

    /**
     * The index of the first line of the paper titled on line {@code title} of the page, when lines
     * of the paper before stand above its block; empty when the paper has the page from its top.
     */
    OptionalInt opening(Page page, int title) {
        List<TextLine> lines = page.lines();
        if (title <= 0 || title >= lines.size()) {
            return OptionalInt.empty();
        }
        int start = PaperOpening.blockTop(lines, title, 1);
        if (start <= 0 || !PaperOpening.paragraphBreak(lines, start)) {
            return OptionalInt.empty();
        }
        Set<TextLine> running = Collections.newSetFromMap(new IdentityHashMap<>());
        running.addAll(page.running());
        boolean tail = lines.subList(0, start).stream()
                .filter(l -> !running.contains(l))
                .map(l -> PrintedText.clean(l.text()))
                .anyMatch(t -> !t.isEmpty() && !PaperOpening.mayBeLetterhead(t));
        return tail && headed(lines, start, title) ? OptionalInt.of(start) : OptionalInt.empty();
    }

    /** Whether the head from line {@code start} prints a date by the title, or an attendance list follows it. */
    private boolean headed(List<TextLine> lines, int start, int title) {
        boolean dated = lines.subList(start, Math.min(lines.size(), title + 1 + HEAD_BELOW)).stream()
                .anyMatch(l -> dates.find(PrintedText.clean(l.text())).isPresent());
        return dated || PaperOpening.listFollows(lines, title);
    }
}
