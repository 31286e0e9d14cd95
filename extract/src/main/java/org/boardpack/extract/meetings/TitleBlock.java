package org.boardpack.extract.meetings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.HeadingWords;

/**
 * The heading set as a block of title lines over a date line, with the time and place on the
 * date line or the lines under it: {@code BLMK Partnership Board Minutes / Wednesday 11th November
 * 2020 / Time: 16:00hrs / Microsoft Teams}; {@code CABINET COMMITTEE - GROUP COMPANY GOVERNANCE /
 * TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS / IN COMMITTEE ROOM 2, ...}; the name and date on one
 * line ({@code TWG Meeting Record Feb 22 2021}); the time before the date ({@code 14.00, Tuesday
 * 15th March, 2016}); the name under a dated title ({@code Community Grant Applications 13th March
 * 2018 / Amenities, Leisure & Community Services Committee}). The body is read from the title lines
 * by {@link TitleLines}.
 */
final class TitleBlock {

    /** A date line is a heading line, not a sentence that mentions a date. */
    private static final int MAX_DATE_LINE_WORDS = 14;
    /** A date wraps onto a line closer than this many glyph heights. */
    private static final float WRAP_GAP = 1.5f;
    /** Lines under the date read for the paper's name, and how long such a line may be. */
    private static final int BELOW_LINES = 4;
    private static final int BELOW_WORDS = 6;
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)^(?:" + HeadingWords.DATE_LABEL.pattern() + ")\\s*:?\\s*");
    private static final Pattern FIELD = Pattern.compile("^([\\p{L} ]{2,30}?)\\s*:");
    private static final Pattern DECLARES = Pattern.compile("(?i)\\b" + HeadingWords.PAPER + "\\b(?!\\s+item)");
    private static final Pattern LOG = Pattern.compile("(?i)\\b" + HeadingWords.ACTION_LOG + "\\b");
    private static final Pattern MEETING = Pattern.compile("(?i)\\b(?:meeting|agm|egm)\\b");

    private final DateParser dates;
    private final TimeParser times;
    private final TitleLines titles;

    TitleBlock(DateParser dates, TimeParser times) {
        this.dates = dates;
        this.times = times;
        this.titles = new TitleLines();
    }

    Optional<HeaderReading> read(List<HeadLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            HeadLine line = lines.get(i);
            if (line.words() > MAX_DATE_LINE_WORDS || line.numbered() || HeadingWords.SENTENCE_VERB.matcher(line.text()).find()
                    || otherField(line.text()) && !datesLog(lines, i)) {
                continue;
            }
            Optional<DateParser.Found> found = dates.find(line.text());
            if (found.isPresent()) {
                return readAround(lines, i, i, line.text(), found.get());
            }
            // the date wrapped onto the next line: Finance Committee, Wednesday 14th / December 2011
            if (i + 1 < lines.size() && lines.get(i + 1).closeUnder(line, WRAP_GAP) && !lines.get(i + 1).numbered()) {
                String both = line.text() + " " + lines.get(i + 1).text();
                Optional<DateParser.Found> wrapped = dates.find(both);
                if (wrapped.isPresent() && wrapped.get().start() < line.text().length()
                        && wrapped.get().end() > line.text().length() && !HeadingWords.SENTENCE_VERB.matcher(both).find()) {
                    return readAround(lines, i, i + 1, both, wrapped.get());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a field line dates an action log ({@code Updated: 2 February 2024} under {@code
     * Trust Board – Action Log}): a log is kept for a meeting, and where its title prints no date,
     * the date it was updated to is its meeting's (the annotation guide's "as at"/"updated" date).
     */
    private static boolean datesLog(List<HeadLine> lines, int i) {
        Matcher m = FIELD.matcher(lines.get(i).text());
        return m.lookingAt() && HeadingWords.LOG_DATE_LABEL.matcher(m.group(1).strip()).matches()
                && lines.subList(0, i).stream().anyMatch(l -> LOG.matcher(l.text()).find());
    }

    /**
     * @param dateLine    the line the date starts on
     * @param lastDateLine the line it ends on (the next one when it wraps)
     * @param text        the date's line or lines, joined
     */
    private Optional<HeaderReading> readAround(List<HeadLine> lines, int dateLine, int lastDateLine, String text,
                                               DateParser.Found date) {
        String before = DATE_LABEL.matcher(text.substring(0, date.start())).replaceFirst("");
        String after = text.substring(date.end());
        String time = null;
        // the time printed before the date: 14.00, Tuesday 15th March, 2016
        Optional<TimeParser.Clock> early = times.leadingClock(before);
        if (early.isPresent()) {
            time = early.get().time();
            before = before.substring(early.get().end());
        }
        before = HeadingWords.BEFORE_DATE.matcher(before).replaceFirst("");
        Optional<TimeParser.Clock> late = times.leadingClock(after);
        if (time == null && late.isPresent()) {
            time = late.get().time();
            after = after.substring(late.get().end());
        }
        String onLine = BodyName.clean(before);
        List<HeadLine> above = titles.above(lines, dateLine);
        String aboveName = titles.name(above);
        String below = lastDateLine + 1 < lines.size() ? nameBelow(lines.get(lastDateLine + 1), lines.get(lastDateLine)) : "";
        String body = choose(onLine, aboveName, below);
        int lastLine = !below.isEmpty() && body.equals(below) ? lastDateLine + 1 : lastDateLine;
        boolean log = LOG.matcher(text).find() || above.stream().anyMatch(l -> LOG.matcher(l.text()).find());
        boolean declared = !log && (declares(text) || above.stream().anyMatch(l -> declares(l.text()))
                || declaredBelow(lines, lastLine));
        boolean named = declared || log || HeadingWords.namesMeetingBody(body) || mentionsMeeting(text)
                || above.stream().anyMatch(l -> mentionsMeeting(l.text()));
        String place = null;
        Matcher lead = HeadingWords.BEFORE_PLACE.matcher(after);
        if (lead.lookingAt() && after.length() > lead.end()) {
            place = after.substring(lead.end()).replaceAll("[\\s.,;:]+$", "");
        }
        return Optional.of(new HeaderReading(body, date.date(), time, place, declared, named, log, lastLine,
                dates.weekdayBefore(text, date).orElse(null)));
    }

    /**
     * A field dating the paper, not the meeting ({@code Date of publication: 28 April 2020},
     * {@code Issued:}), or another meeting ({@code Next meeting: 17 September 2024}).
     */
    private static boolean otherField(String text) {
        Matcher m = FIELD.matcher(text);
        return m.lookingAt() && (HeadingWords.PAPER_DATE_LABEL.matcher(m.group(1)).find()
                || HeadingWords.OTHER_MEETING_LABEL.matcher(m.group(1)).find());
    }

    /** The body's name: the one naming a body, on the date line, above it or under it, in that order. */
    private static String choose(String onLine, String above, String below) {
        for (String candidate : new String[] {onLine, above, below}) {
            if (!candidate.isEmpty() && HeadingWords.namesBody(candidate)) {
                return candidate;
            }
        }
        return !onLine.isEmpty() ? onLine : above;
    }

    /** A body's name printed alone on the line under the date line, in the same block. */
    private static String nameBelow(HeadLine line, HeadLine dateLine) {
        if (line.labelled() || line.numbered() || !line.closeUnder(dateLine, 1.5f) || !line.sameSize(dateLine)) {
            return "";
        }
        String name = BodyName.clean(line.text());
        return HeadingWords.endsWithBodyNoun(name) ? name : "";
    }

    /** Whether a heading's line names the paper: {@code Minutes}, {@code Agenda}, {@code Meeting Record}. */
    static boolean declares(String text) {
        return DECLARES.matcher(text).find();
    }

    private static boolean mentionsMeeting(String text) {
        return MEETING.matcher(text).find();
    }

    /**
     * Whether a line set under the heading names the paper: {@code APPROVED MINUTES} under the
     * date, {@code A G E N D A} under the venue. Read down to the first list or item.
     */
    private static boolean declaredBelow(List<HeadLine> lines, int lastLine) {
        for (int i = lastLine + 1; i < lines.size() && i <= lastLine + BELOW_LINES; i++) {
            HeadLine l = lines.get(i);
            if (l.numbered() || l.labelled() || !l.closeUnder(lines.get(i - 1), TitleLines.FIRST_GAP)) {
                return false;
            }
            if (declares(l.text()) && l.words() <= BELOW_WORDS) {
                return true;
            }
        }
        return false;
    }
}
