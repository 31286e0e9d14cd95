package org.boardpack.extract.meetings;

import org.boardpack.extract.documents.PaperArea;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.ingest.ParsedDocument;

/**
 * The time a meeting began, as its minutes record it when the heading gives none:
 * {@code The meeting commenced at 2.00 p.m.}, {@code The meeting commenced at: 1830},
 * {@code President Scott Means called the meeting to order at 7:04 p.m.}, {@code The regular meeting
 * ... was called to order at 6:01 p.m.}. Read from the minutes' first pages only: a paper
 * attached further on may record a meeting of its own.
 */
final class CommencementTime {

    private static final int PAGES = 3;
    private static final Pattern BEGAN = Pattern.compile(
            "(?i)\\b(?:meeting\\s+(?:was\\s+)?(?:commenced|started|began|opened|convened)|called\\s+(?:the\\s+meeting\\s+)?to\\s+order)"
                    + "\\s+at\\b");

    private final TimeParser times;

    CommencementTime(TimeParser times) {
        this.times = times;
    }

    Optional<String> find(ParsedDocument doc, DocumentSpan minutes) {
        int last = Math.min(minutes.lastPage(), minutes.firstPage() + PAGES - 1);
        for (int n = minutes.firstPage(); n <= last; n++) {
            String text = HeadLine.clean(PaperArea.page(doc, minutes, n).text().replace('\n', ' '));
            Matcher m = BEGAN.matcher(text);
            while (m.find()) {
                Optional<String> time = times.leading(text.substring(m.end()));
                if (time.isPresent()) {
                    return time;
                }
            }
        }
        return Optional.empty();
    }
}
