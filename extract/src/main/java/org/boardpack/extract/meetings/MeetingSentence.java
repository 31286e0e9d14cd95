package org.boardpack.extract.meetings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.HeadingWords;

/**
 * The heading written as one sentence, wrapped over lines as it comes:
 * {@code Minutes of the meeting of X held on Wednesday 14th December 2011 at 7.30pm in PLACE},
 * {@code MINUTES OF A MEETING OF X / HELD ON 14TH SEPTEMBER 2016 AT 19.00 IN PLACE},
 * {@code At a meeting of the X held in PLACE on Wednesday, 12 July 2017} (under the council's
 * name, which it then leaves out), {@code Minutes of the Second Annual General Meeting (AGM) of X,
 * 11th February, 2006, at 11:30am}, and the summons {@code Members of the Council are hereby
 * summoned ... to attend a meeting of X to be held at PLACE on Wednesday 8 April 2015 at 1900},
 * and {@code Minutes of the meeting held on ...} under the body's name set as the page's title.
 * The body runs to {@code held}, or to the date; the place follows {@code held at/in} or the time.
 */
final class MeetingSentence {

    /** Lines a heading sentence may wrap over. */
    private static final int MAX_LINES = 4;
    /** A wrapped sentence's lines may be spaced wide (double-spaced headings): gaps of up to this many glyph heights. */
    private static final float WRAP_GAP = 4.5f;
    private static final Pattern HELD = Pattern.compile(
            "(?i),?\\s*(?:(?:which|that)\\s+(?:was|will\\s+be)\\s+|will\\s+be\\s+|to\\s+be\\s+)?(?:held|convened|taking\\s+place)\\b");
    /** A line ending in a word the sentence cannot stop on: {@code held on}, {@code 2015 at}. */
    private static final Pattern OPEN_END = org.boardpack.extract.documents.TitleWrap.OPEN_END;
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)^\\s*(?:in|at|via|by)\\s+(?:the\\s+)?(.+)$");
    /** The council's name printed above the sentence: {@code CENTRAL BEDFORDSHIRE COUNCIL}. */
    private static final Pattern COUNCIL = Pattern.compile("(?i)^[\\p{L} .'’&-]+\\bcouncil$");
    private static final int MAX_BODY_WORDS = 16;
    /** {@code Minutes of the meeting held on ...}: a sentence naming no body, under a title that does. */
    private static final Pattern NAMELESS = Pattern.compile("(?i)^(?:" + HeadingWords.QUALIFIER + "\\s+)*(?:minutes?|notes)\\s+of\\s+"
            + "(?:the|an?)\\s+(?:[\\w’'-]+\\s+){0,2}?meeting\\s+(?=held\\b)");

    private final DateParser dates;
    private final TimeParser times;
    private final TitleLines titles = new TitleLines();

    /** A "place" that is only the paper's qualifiers ({@code public}, {@code private session}). */
    private static final Pattern QUALIFIERS = Pattern.compile("(?i)^(?:" + HeadingWords.QUALIFIER + "\\s*)+$");

    MeetingSentence(DateParser dates, TimeParser times) {
        this.dates = dates;
        this.times = times;
    }

    Optional<HeaderReading> read(List<HeadLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<HeaderReading> r = readAt(lines, i);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The sentence opening at line {@code i}, if one does. */
    Optional<HeaderReading> readAt(List<HeadLine> lines, int i) {
        String first = lines.get(i).text();
        int last = wrapEnd(lines, i);
        String text = joined(lines, i, last);
        Matcher open = HeadingWords.MINUTES_OF_MEETING.matcher(text);
        boolean opens = open.lookingAt();
        if (!opens) {
            open = HeadingWords.AT_A_MEETING.matcher(text);
            opens = open.lookingAt();
        }
        if (!opens && i > 0) {
            open = NAMELESS.matcher(text);
            opens = open.lookingAt();
        }
        if (!opens) {
            open = HeadingWords.SUMMONS.matcher(text);
            // a summons sentence starts on its own line, not in the middle of a paragraph
            opens = open.find() && open.start() < first.length();
        }
        if (!opens) {
            return Optional.empty();
        }
        String rest = text.substring(open.end());
        Optional<DateParser.Found> found = dates.find(rest);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateParser.Found date = found.get();
        String before = rest.substring(0, date.start());
        String body;
        String place = null;
        Matcher held = HELD.matcher(before);
        if (held.find()) {
            body = before.substring(0, held.start());
            // "... Meeting held in Public / Held on Tuesday ... in the Boardroom": a title line and
            // a date line each with their held; the place is after the last one
            int placeFrom = held.end();
            while (held.find()) {
                placeFrom = held.end();
            }
            place = placeBefore(before.substring(placeFrom));
        } else {
            body = HeadingWords.BEFORE_DATE.matcher(before).replaceFirst("");
        }
        body = BodyName.clean(body);
        if (body.isEmpty() && i > 0) {
            // "Minutes of the meeting held on ..." names no body: the title over it does (Cabinet)
            body = titles.name(titles.above(lines, i));
        }
        if (body.isEmpty() || body.split(" ").length > MAX_BODY_WORDS) {
            return Optional.empty();
        }
        body = withCouncil(lines, i, body);
        String after = rest.substring(date.end());
        String time = null;
        Optional<TimeParser.Clock> clock = times.leadingClock(after);
        if (clock.isPresent()) {
            time = clock.get().time();
            after = after.substring(clock.get().end());
        }
        if (place == null) {
            Matcher p = HeadingWords.BEFORE_PLACE.matcher(after);
            if (p.lookingAt() && after.length() > p.end()) {
                place = trimPlace(after.substring(p.end()));
            }
        }
        return Optional.of(new HeaderReading(body, date.date(), time, place, true, true, last)
                .withWeekday(dates.weekdayBefore(rest, date).orElse(null)));
    }

    /** The line the sentence ends on: it wraps until a list, a labelled field or a numbered item begins. */
    private static int wrapEnd(List<HeadLine> lines, int i) {
        int last = i;
        while (last + 1 < lines.size() && last + 1 - i < MAX_LINES) {
            HeadLine next = lines.get(last + 1);
            // "... 2015 at / 19.30 in ...": after a word that needs more, a number opens no item
            boolean needsMore = OPEN_END.matcher(lines.get(last).text()).find();
            // a row of table cells under the sentence (an attendance table's header) is no wrap of it
            boolean row = next.cells() && !lines.get(last).cells();
            if (next.labelled() || row || next.numbered() && !needsMore || !next.closeUnder(lines.get(last), WRAP_GAP)) {
                break;
            }
            last++;
        }
        return last;
    }

    private static String placeBefore(String afterHeld) {
        String p = HeadingWords.BEFORE_DATE.matcher(afterHeld).replaceFirst("");
        Matcher m = PLACE_BEFORE.matcher(p);
        return m.find() ? trimPlace(m.group(1)) : null;
    }

    private static String trimPlace(String place) {
        String p = place.replaceAll("[\\s.,;:]+$", "").strip();
        // "held in public": how the meeting was held, not where
        return p.isEmpty() || QUALIFIERS.matcher(p).matches() ? null : p;
    }

    /**
     * The council's name printed above {@code At a meeting of the Health and Wellbeing Board} is
     * part of the board's name; above {@code Minutes of the meeting of X Parish Council} it is the
     * same name printed twice, and is not doubled; above {@code Minutes of the Parish Council Meeting}
     * it is that council's full name.
     */
    private static String withCouncil(List<HeadLine> lines, int i, String body) {
        if (i == 0 || !COUNCIL.matcher(lines.get(i - 1).text()).matches()) {
            return body;
        }
        String council = BodyName.clean(lines.get(i - 1).text());
        String distinctive = council.replaceAll("(?i)\\s*\\bcouncil$", "").strip().toLowerCase();
        if (distinctive.isEmpty() || body.toLowerCase().contains(distinctive)) {
            return body;
        }
        if (council.toLowerCase().endsWith(" " + body.toLowerCase())) {
            // "Minutes of the Parish Council Meeting" under "LITTLE WICKHAM PARISH COUNCIL": the kind of
            // council the letterhead names in full
            return council;
        }
        return council + " " + body;
    }

    private static String joined(List<HeadLine> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            sb.append(k > from ? " " : "").append(lines.get(k).text());
        }
        return sb.toString();
    }
}
