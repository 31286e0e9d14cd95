package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;

/**
 * The line among a dated page's first lines that heads minutes: a title that stands out
 * ({@code BLMK Partnership Board Minutes}, {@code Minutes – Part I Public Session}), the heading
 * sentence {@code Minutes of the meeting of X held on ...} or {@code At a meeting of ...} when it
 * reads as a heading (no finite verb), or a minutes title in the body's type over the minutes' own
 * attendance list. Numbered rows ({@code 3. ... meeting notes}) are an agenda's or the minutes'
 * items, never their title.
 */
final class MinutesHeading {

    /** A minutes title, its dates taken out: {@code BLMK Partnership Board Minutes}, {@code Minutes – Part I Public Session}. */
    private static final Pattern MINUTES_TITLE = Pattern.compile(
            "(?i)^(minutes of|minutes\\b|meeting notes|notes of)|\\b(minutes|meeting notes|meeting record)(?:[\\s:,–-]+"
                    + HeadingWords.QUALIFIER + ")*[\\s:,–-]*$");
    private static final Pattern AT_A_MEETING = Pattern.compile("(?i)^at an? (\\w+ )?meeting of\\b");
    private static final int TITLE_WORDS = 16;

    private final DateParser dates;

    MinutesHeading(DateParser dates) {
        this.dates = dates;
    }

    /** Which of the page's first lines {@code head} heads minutes, if one does. */
    OptionalInt find(Page page, List<TextLine> head, float body, boolean dated) {
        PaperCues cues = null;
        for (int at = 0; dated && at < head.size(); at++) {
            TextLine line = head.get(at);
            String text = PrintedText.clean(line.text());
            if (DocumentSegmenter.LIST_ROW.matcher(text).find()) {
                continue;
            }
            boolean titled = words(text) <= TITLE_WORDS && MINUTES_TITLE.matcher(withoutDates(text)).find();
            boolean heading = !HeadingWords.SENTENCE_VERB.matcher(text).find();
            if (!titled && !heading) {
                continue;
            }
            if (AT_A_MEETING.matcher(text).find() || heading && HeadingWords.MINUTES_OF_MEETING.matcher(text).lookingAt()
                    || titled && DocumentSegmenter.isTitle(line, body)) {
                return OptionalInt.of(at);
            }
            // a minutes title in the body's type counts over the minutes' own attendance list
            if (titled && heading) {
                cues = cues == null ? PaperCues.of(DocumentSegmenter.texts(page.lines())) : cues;
                if (cues.attendance()) {
                    return OptionalInt.of(at);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The text with its dates taken out, so a title is read by its words. */
    String withoutDates(String text) {
        String t = text;
        for (Optional<DateParser.Found> d = dates.find(t); d.isPresent(); d = dates.find(t)) {
            t = t.substring(0, d.get().start()) + " " + t.substring(d.get().end());
        }
        return t.strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
