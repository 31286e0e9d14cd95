package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * An agenda that opens part-way down a page, under the end of the paper before it: a title naming
 * the paper an agenda ({@code AGENDA}, {@code Order of Business}), standing out from the page's
 * body text, with numbered items under it and the meeting's date in its block. The block may open
 * with a summons ({@code Members ... are hereby summoned to attend a meeting of X to be held ...})
 * a few lines over the title, and a letterhead over that; the paper starts at the block's top,
 * set apart from the text above. Under what may be minutes the title counts only once the minutes
 * have closed on the page, or where its title is set as a new paper's head ({@link PaperHead}: in
 * heading type, with its date), as for {@link LogOpening}: an agenda named inside minutes is theirs.
 */
final class AgendaOpening {

    /** Lines over the title a summons may begin on. */
    private static final int SUMMONS_LINES = 6;
    /** Lines under the title read for its numbered items, and how many there must be. */
    private static final int ITEMS_WITHIN = 10;
    private static final int MIN_ITEMS = 2;
    /** Lines under the title read for the meeting's date. */
    private static final int DATE_LINES = 3;
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}|[ivx]{1,4})[.)]?\\s+\\p{L}");

    private final DateParser dates;
    private final PaperHead heads;

    AgendaOpening(DateParser dates) {
        this.dates = dates;
        this.heads = new PaperHead(dates);
    }

    /**
     * The first agenda opening at or after line {@code from} of the page: the index of its title
     * and of its block's first line.
     *
     * @param closeFrom    the first line of the paper above on this page
     * @param minutesAbove whether the paper above may be minutes, which must have closed above the block
     */
    Optional<PaperOpening.Opening> below(Page page, int from, int closeFrom, boolean minutesAbove) {
        List<TextLine> lines = page.lines();
        float body = DocumentSegmenter.bodySize(page);
        int floor = Math.max(1, from);
        for (int i = floor; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = PrintedText.clean(line.text());
            if (!PaperOpening.shortTitle(line, body, text)
                    || !HeadingWords.AGENDA_PAPER.matcher(text).lookingAt() || !itemsUnder(lines, i)) {
                continue;
            }
            int start = PaperOpening.blockTop(lines, paragraphTop(lines, summonsOver(lines, i, floor), floor), floor);
            if (PaperOpening.paragraphBreak(lines, start) && dated(lines, start, i)
                    && (!minutesAbove || MinutesEnd.closedWithin(lines, Math.max(0, closeFrom), start)
                    || heads.heads(lines, start, i, headEnd(lines, i)))) {
                return Optional.of(new PaperOpening.Opening(i, start));
            }
        }
        return Optional.empty();
    }

    /** The first line of a summons over the title, within a few lines; else the title's own line. */
    private static int summonsOver(List<TextLine> lines, int title, int floor) {
        for (int k = Math.max(floor, title - SUMMONS_LINES); k < title; k++) {
            String two = PrintedText.clean(lines.get(k).text()) + " " + PrintedText.clean(lines.get(k + 1).text());
            if (HeadingWords.SUMMONS.matcher(two).find()) {
                return k;
            }
        }
        return title;
    }

    /** The first line of the paragraph holding line {@code i}: lines set close over it are its. */
    private static int paragraphTop(List<TextLine> lines, int i, int floor) {
        int top = i;
        while (top > floor && !PaperOpening.paragraphBreak(lines, top)) {
            top--;
        }
        return top;
    }

    private boolean dated(List<TextLine> lines, int start, int title) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < Math.min(lines.size(), title + 1 + DATE_LINES); k++) {
            sb.append(PrintedText.clean(lines.get(k).text())).append(' ');
        }
        return dates.find(sb.toString()).isPresent();
    }

    /** The end of the agenda's head: its first numbered item, within a few lines under the title. */
    private static int headEnd(List<TextLine> lines, int title) {
        int end = Math.min(lines.size(), title + 1 + DATE_LINES);
        for (int k = title + 1; k < end; k++) {
            if (ITEM.matcher(PrintedText.clean(lines.get(k).text())).find()) {
                return k;
            }
        }
        return end;
    }

    private static boolean itemsUnder(List<TextLine> lines, int title) {
        return lines.subList(title + 1, Math.min(lines.size(), title + 1 + ITEMS_WITHIN)).stream()
                .filter(l -> ITEM.matcher(PrintedText.clean(l.text())).find()).count() >= MIN_ITEMS;
    }
}
