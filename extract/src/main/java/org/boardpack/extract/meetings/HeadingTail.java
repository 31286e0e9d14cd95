package org.boardpack.extract.meetings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.HeadingWords;
import org.boardpack.extract.layout.ColumnGap;

/**
 * The lines under a heading's date that finish it: a time line ({@code Time: 16:00hrs},
 * {@code 10am to 1pm}), a place line ({@code Location: ...}, {@code Via Microsoft Teams},
 * {@code IN COMMITTEE ROOM 2, COUNCIL HOUSE, VICTORIA SQUARE, / BIRMINGHAM, B1 1BB}), read while
 * they stay close under it; an attendance list or any other labelled field ends the heading.
 */
final class HeadingTail {

    /** Lines under the date that may still belong to the heading. */
    private static final int MAX_LINES = 3;
    /** Heading lines are closer than this many glyph heights. */
    private static final float GAP = 2.5f;
    /** Labelled time and place fields may stand further apart. */
    private static final float FIELD_GAP = 4.5f;
    /** A place wraps onto lines closer than this, set alike. */
    private static final float WRAP_GAP = 2.0f;
    private static final int MAX_PLACE_WORDS = 14;
    /** A place's wrapped line is short: a sentence under it is the page's text. */
    private static final int MAX_WRAP_WORDS = 10;
    private static final float COLUMN_GAP_EMS = ColumnGap.EMS;
    private static final Pattern FIELD = Pattern.compile("^([\\p{L} &]{2,30}?)\\s*:\\s*(.*)$");
    private static final Pattern PLACE_LEAD = Pattern.compile("(?i)^(?:(?:hours|hrs)\\b[\\s,]*)?(?:(?:in|at|via)\\s+(?:the\\s+)?)?");
    /** Lines under a heading that are not its place: a list, an item, the paper's session or status words, a link. */
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)^(?:members|present|apologies|attendees|attendance|in attendance|item\\b|to\\b|welcome|introduc\\w*|opening"
                    + "|chair|the\\s+\\w+\\s+(?:of|was)\\b|" + HeadingWords.QUALIFIER + "\\b)|\\d{4}|https?:|@");

    /** Type larger than the date line's by more than this share sets a title, not a place. */
    private static final float LARGER_TYPE = 0.15f;

    private final TimeParser times;

    HeadingTail(TimeParser times) {
        this.times = times;
    }

    HeaderReading complete(HeaderReading h, List<HeadLine> lines) {
        HeaderReading r = h;
        for (int i = h.lastLine() + 1; i < lines.size() && i <= h.lastLine() + MAX_LINES; i++) {
            HeadLine line = lines.get(i);
            Matcher field = FIELD.matcher(line.text());
            boolean labelled = field.matches();
            if (line.numbered() || !line.closeUnder(lines.get(i - 1), labelled ? FIELD_GAP : GAP)) {
                break;
            }
            if (labelled) {
                String label = field.group(1).strip();
                if (HeadingWords.TIME_LABEL.matcher(label).matches()) {
                    r = r.time() == null ? r.withTime(times.leading(field.group(2)).orElse(null)) : r;
                } else if (HeadingWords.PLACE_LABEL.matcher(label).matches()) {
                    r = r.place() == null ? r.withPlace(placeFrom(field.group(2), lines, i)) : r;
                } else if (!HeadingWords.DATE_LABEL.matcher(label).matches()) {
                    break;
                }
                continue;
            }
            if (r.time() == null) {
                var clock = times.leadingClock(line.text());
                if (clock.isPresent()) {
                    r = r.withTime(clock.get().time());
                    String rest = line.text().substring(clock.get().end());
                    if (r.place() == null && rest.matches("(?i)^[\\s,]*(?:in|at|via)\\s.*")) {
                        r = r.withPlace(placeFrom(rest, lines, i));
                    }
                    continue;
                }
            }
            // a line in larger type than the date's is a title under it (the paper's letterhead
            // under a running header), not the meeting's place
            boolean larger = line.size() > (1 + LARGER_TYPE) * lines.get(h.lastLine()).size();
            if (r.place() == null && !larger && looksLikePlace(line)) {
                r = r.withPlace(placeFrom(line.text(), lines, i));
                continue;
            }
            break;
        }
        return r;
    }

    /** A place as printed from this line on, with the lines it wraps onto. */
    private static String placeFrom(String start, List<HeadLine> lines, int i) {
        StringBuilder sb = new StringBuilder(PLACE_LEAD.matcher(start.strip()).replaceFirst(""));
        for (int k = i + 1; k < lines.size(); k++) {
            HeadLine next = lines.get(k);
            HeadLine prev = lines.get(k - 1);
            boolean wraps = next.closeUnder(prev, WRAP_GAP) && next.sameSize(prev) && Math.abs(next.line().x0() - prev.line().x0()) < 3
                    && !next.labelled() && !next.numbered() && !TitleBlock.declares(next.text())
                    && next.words() <= MAX_WRAP_WORDS && !HeadingWords.SENTENCE_VERB.matcher(next.text()).find()
                    && !next.text().contains(". ");
            if (!wraps) {
                break;
            }
            sb.append(' ').append(next.text());
        }
        String place = sb.toString().replaceAll("[\\s.,;:]+$", "").strip();
        return place.isEmpty() ? null : place;
    }

    /** A short line of one column (not a table's header row), not a list or a paper's words. */
    private static boolean looksLikePlace(HeadLine line) {
        String text = line.text();
        return !text.isEmpty() && line.line().segments(COLUMN_GAP_EMS).size() <= 2 && text.split(" ").length <= MAX_PLACE_WORDS && Character.isLetter(text.charAt(0))
                && !NOT_A_PLACE.matcher(text).find() && !TitleBlock.declares(text);
    }
}
