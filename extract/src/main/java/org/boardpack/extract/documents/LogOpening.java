package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * An action log that opens part-way down a page, under the end of the paper before it: a title
 * naming a paper of its own an action log ({@code Action Log}, {@code Actions arising}), standing
 * out from the page's body text, set apart from the text above it and not a numbered item, with
 * the log's header row ({@code Ref | Action | Owner | Due | Status}) right under it. Under what may
 * be minutes the title counts only once the minutes have closed on the page ({@code The meeting closed at
 * 8.15 pm}), or where minutes that never record their close are shown to have ended by the log's
 * own head ({@link PaperHead}: a title in heading type with its date, a header row dating each
 * action to the meeting that raised it): a log headed inside the minutes, before their close and
 * without such a head, is the minutes' own summary of their actions, part of them.
 */
final class LogOpening {

    /** Lines under the title in which the log's header row must stand. */
    private static final int HEADER_WITHIN = 3;

    private final PaperHead heads;

    LogOpening(DateParser dates) {
        this.heads = new PaperHead(dates);
    }

    /**
     * The first action log opening at or after line {@code from} of the page.
     *
     * @param closeFrom    the first line of the paper above on this page
     * @param minutesAbove whether the paper above may be minutes, which must have ended above the title
     */
    Optional<PaperOpening.Opening> below(Page page, int from, int closeFrom, boolean minutesAbove) {
        List<TextLine> lines = page.lines();
        float body = DocumentSegmenter.bodySize(page);
        boolean closed = !minutesAbove
                || MinutesEnd.closedWithin(lines, Math.max(0, closeFrom), Math.min(from, lines.size()));
        for (int i = Math.max(1, from); i < lines.size(); i++) {
            TextLine line = lines.get(i);
            closed |= MinutesEnd.closes(line);
            String text = PrintedText.clean(line.text());
            if (!PaperOpening.shortTitle(line, body, text) || !HeadingWords.ACTION_LOG_TITLE.matcher(text).find()) {
                continue;
            }
            int start = PaperOpening.blockTop(lines, i, Math.max(1, from));
            int header = headerUnder(lines, i);
            if (PaperOpening.paragraphBreak(lines, start) && header > i && (closed || heads.heads(lines, start, i, header)
                    || PaperHead.datesRaised(PrintedText.clean(lines.get(header).text())))) {
                return Optional.of(new PaperOpening.Opening(i, start));
            }
        }
        return Optional.empty();
    }

    /** The index of the log's header row in the few lines under its title; -1 when there is none. */
    private static int headerUnder(List<TextLine> lines, int title) {
        for (int k = title + 1; k < Math.min(lines.size(), title + 1 + HEADER_WITHIN); k++) {
            if (PaperHeaderRows.actionLog(PrintedText.clean(lines.get(k).text()))) {
                return k;
            }
        }
        return -1;
    }
}
