package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
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
 * list. The top of the page is read by the page cues; this looks below them. The paper opens at
 * the top of the heading's block: a letterhead line or two set close over the heading (the body's
 * name in capitals) is the paper's, and the block is set apart from the text above it.
 */
public final class PaperOpening {

    /** Lines a heading sentence may take. */
    private static final int SENTENCE_LINES = 3;
    /** Words a paper's title under another paper may have: a name, not a sentence. */
    private static final int TITLE_WORDS = 12;
    /** Lines under the heading in which its attendance list must begin. */
    private static final int LIST_WITHIN = 8;
    private static final Pattern LABEL = Pattern.compile("^[\\p{L}][\\p{L} ()&'’/-]{0,30}:(?:\\s|$)");
    /** Letterhead lines a heading may carry over it in its block. */
    private static final int LETTERHEAD_LINES = 2;
    /** Words a letterhead line may have: a name, not a sentence. */
    private static final int LETTERHEAD_WORDS = 10;
    /** A list row or a sentence's end: the text above, not a letterhead. */
    private static final Pattern NOT_LETTERHEAD = Pattern.compile("^(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]\\s|[.;,:]$");

    /**
     * Where a paper opens part-way down a page: the index of its heading line and of the first line
     * of the heading's block (the heading, or a letterhead over it), in {@code page.lines()}.
     */
    public record Opening(int heading, int start) {
    }

    private final DateParser dates;

    public PaperOpening(DateParser dates) {
        this.dates = dates;
    }

    /** The index (in {@code page.lines()}) of the heading of minutes opening at or after line {@code from}. */
    public OptionalInt below(Page page, int from) {
        return opening(page, from).map(o -> OptionalInt.of(o.heading())).orElse(OptionalInt.empty());
    }

    /** The first paper opening at or after line {@code from}, its block starting after line {@code from - 1}. */
    public Optional<Opening> opening(Page page, int from) {
        List<TextLine> lines = page.lines();
        for (int i = Math.max(1, from); i < lines.size(); i++) {
            String text = PrintedText.clean(lines.get(i).text());
            if (!HeadingWords.MINUTES_OF_MEETING.matcher(text).lookingAt() && !HeadingWords.AT_A_MEETING.matcher(text).lookingAt()) {
                continue;
            }
            int start = blockTop(lines, i, Math.max(1, from));
            String sentence = joined(lines, i, SENTENCE_LINES);
            if (paragraphBreak(lines, start) && dates.find(sentence).isPresent()
                    && !HeadingWords.SENTENCE_VERB.matcher(sentence).find() && listFollows(lines, i)) {
                return Optional.of(new Opening(i, start));
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of the heading's block: letterhead lines over it (a short line, no list row or
     * sentence end) each nearer to the line under it than to the line above it, and within two line
     * heights of it; never above {@code floor}.
     */
    static int blockTop(List<TextLine> lines, int heading, int floor) {
        int top = heading;
        while (top > floor && heading - top < LETTERHEAD_LINES) {
            float below = gap(lines, top);
            if (!mayBeLetterhead(PrintedText.clean(lines.get(top - 1).text())) || below > 2 * height(lines.get(top)) || top - 1 < 1 || gap(lines, top - 1) <= below) {
                break;
            }
            top--;
        }
        return top;
    }

    /** Whether a line's text may be a letterhead over a heading: a short name, no list row or sentence end. */
    static boolean mayBeLetterhead(String text) {
        return !text.isEmpty() && !NOT_LETTERHEAD.matcher(text).find() && text.split("\\s+").length <= LETTERHEAD_WORDS;
    }

    private static float gap(List<TextLine> lines, int i) {
        return lines.get(i).top() - lines.get(i - 1).bottom();
    }

    private static float height(TextLine line) {
        return Math.max(1f, line.bottom() - line.top());
    }

    /**
     * Whether the line (its cleaned {@code text}) may title a paper opening under another (an
     * action log, an agenda): standing out from the body text, a name rather than a sentence.
     */
    static boolean shortTitle(TextLine line, float body, String text) {
        return DocumentSegmenter.isTitle(line, body) && text.split("\\s+").length <= TITLE_WORDS;
    }

    /** Whether a gap of more than a line's height parts line {@code i} from the line above it. */
    static boolean paragraphBreak(List<TextLine> lines, int i) {
        return gap(lines, i) > height(lines.get(i));
    }

    /** Whether an attendance list begins within a few lines under the heading on line {@code heading}. */
    static boolean listFollows(List<TextLine> lines, int heading) {
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
