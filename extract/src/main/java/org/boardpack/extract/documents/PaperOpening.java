package org.boardpack.extract.documents;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * A set of minutes that opens part-way down a page, under the end of the paper before it: a line
 * starting {@code Minutes of the meeting of X held on ...} or {@code At a meeting of X held ...},
 * after a paragraph break, dated within its first lines, worded as a heading (no finite verb: not
 * {@code Minutes of the meeting of X held on 3 May were approved}) and followed by an attendance
 * list. The top of the page is read by the page cues; this looks below them.
 */
public final class PaperOpening {

    /** Lines a heading sentence may take. */
    private static final int SENTENCE_LINES = 3;
    /** Lines under the heading in which its attendance list must begin. */
    private static final int LIST_WITHIN = 8;
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} ()&'’/-]{0,30}:(?:\\s|$)");

    private final DateParser dates;

    public PaperOpening(DateParser dates) {
        this.dates = dates;
    }

    /** The index (in {@code page.lines()}) of the heading of minutes opening at or after line {@code from}. */
    public OptionalInt below(Page page, int from) {
        List<TextLine> lines = page.lines();
        for (int i = Math.max(1, from); i < lines.size(); i++) {
            String text = PrintedText.clean(lines.get(i).text());
            if (!HeadingWords.MINUTES_OF_MEETING.matcher(text).lookingAt() && !HeadingWords.AT_A_MEETING.matcher(text).lookingAt()) {
                continue;
            }
            TextLine line = lines.get(i);
            float height = Math.max(1f, line.bottom() - line.top());
            boolean paragraphBreak = line.top() - lines.get(i - 1).bottom() > height;
            String sentence = joined(lines, i, SENTENCE_LINES);
            if (paragraphBreak && dates.find(sentence).isPresent() && !HeadingWords.SENTENCE_VERB.matcher(sentence).find() && listFollows(lines, i)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean listFollows(List<TextLine> lines, int heading) {
        List<String> next = lines.subList(heading + 1, Math.min(lines.size(), heading + 1 + LIST_WITHIN)).stream()
                .map(l -> PrintedText.clean(l.text())).toList();
        return PaperCues.of(next).attendance();
    }

    /** The heading's lines joined, up to the first labelled line ({@code PRESENT:}) under it. */
    private static String joined(List<TextLine> lines, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(lines.size(), from + count); i++) {
            String text = PrintedText.clean(lines.get(i).text());
            if (i > from && LABEL.matcher(text).find()) {
                break;
            }
            sb.append(i > from ? " " : "").append(text);
        }
        return sb.toString();
    }
}
