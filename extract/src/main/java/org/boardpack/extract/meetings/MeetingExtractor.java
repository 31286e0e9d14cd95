package org.boardpack.extract.meetings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * The meeting an agenda or a set of minutes is for, from the title block at the top of its first
 * page. Two layouts: a block of title lines, a date line, a time line and a place line
 * ({@code BLMK Partnership Board Minutes / Wednesday 11th November 2020 / Time: 16:00hrs /
 * Microsoft Teams}), possibly labelled ({@code Date:}, {@code Time:}, {@code Location:}); and the
 * council sentence {@code At a meeting of the X held in Y on Wednesday, 12 July 2017} under the
 * council's name. No date, no meeting.
 */
public final class MeetingExtractor {

    private static final int TITLE_BLOCK_LINES = 14;

    private static final Pattern AT_A_MEETING = Pattern.compile(
            "(?i)at an? (?:\\w+ )?meeting of (?:the )?(.+?)\\s+held\\s+(?:in|at)\\s+(?:the\\s+)?(.+?),?\\s+on\\s+(.+)$");
    private static final Pattern LABEL = Pattern.compile("(?i)^(date|time|location|venue|place)\\s*:\\s*(.*)$");
    private static final Pattern COUNCIL = Pattern.compile("(?i)^[\\p{L} .'&-]+\\bcouncil$");
    private static final Pattern NOT_A_PLACE = Pattern.compile(
            "(?i)^(members|present|apologies|attendees|in attendance|item\\b|agenda|minutes|part \\w+)");

    private final DateParser dates;
    private final TimeParser times;

    public MeetingExtractor(DateParser dates, TimeParser times) {
        this.dates = dates;
        this.times = times;
    }

    public Optional<Meeting> extract(ParsedDocument doc, DocumentSpan span) {
        Page first = doc.pages().get(span.firstPage() - 1);
        List<TextLine> lines = first.lines().subList(0, Math.min(TITLE_BLOCK_LINES, first.lines().size()));
        return fromAtAMeeting(lines).or(() -> fromKeyValue(lines)).or(() -> fromTitleBlock(lines));
    }

    /**
     * The key-value header of charity and trust papers: the date, time and place rows, and as the
     * body the organisation's name printed above (its first prominent line) with the meeting's
     * title ({@code Riverside Hospice} + {@code Trustee Board meeting}).
     */
    private Optional<Meeting> fromKeyValue(List<TextLine> lines) {
        Optional<KeyValueHeader> header = KeyValueHeader.read(lines);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        KeyValueHeader h = header.get();
        Optional<DateParser.Found> date = h.get("date").flatMap(e -> dates.find(e.value()));
        Optional<KeyValueHeader.Entry> title = h.get("title of meeting", "meeting title", "meeting");
        if (date.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        String kind = BodyName.clean(title.get().value());
        String organisation = null;
        float headerTop = title.get().lines().getFirst().top();
        for (TextLine line : lines) {
            String text = line.text().strip();
            if (line.top() >= headerTop) {
                break;
            }
            if (!text.matches("(?i)(agenda|minutes|draft minutes|meeting notes)") && !text.isEmpty()) {
                organisation = text;
                break;
            }
        }
        String body = organisation == null || kind.toLowerCase().contains(organisation.toLowerCase()) ? kind
                : organisation + " " + kind;
        String time = h.get("time").flatMap(e -> times.find(e.value())).orElse(null);
        String place = h.get("place", "venue", "location").map(KeyValueHeader.Entry::value).orElse(null);
        return Optional.of(meeting(BodyName.clean(body), date.get(), time, place));
    }

    private static final Pattern COMMENCED = Pattern.compile(
            "(?i)\\bmeeting\\s+(?:commenced|started|began|opened|was opened)\\s+at\\s+([^;)]{1,20})");

    /**
     * Minutes whose title gives no time often say it at the end: {@code The meeting commenced at
     * 2.00 p.m. and concluded at 3.27 p.m.}
     */
    public Meeting withCommencementTime(Meeting m, ParsedDocument doc, DocumentSpan minutes) {
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Matcher c = COMMENCED.matcher(doc.pages().get(n - 1).text().replace('\n', ' '));
            if (c.find()) {
                Optional<String> time = times.find(c.group(1));
                if (time.isPresent()) {
                    return new Meeting(m.id(), m.body(), m.date(), time.get(), m.location());
                }
            }
        }
        return m;
    }

    private Optional<Meeting> fromAtAMeeting(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            // the sentence wraps: read it together with the next two lines
            String text = joined(lines, i, 3);
            Matcher m = AT_A_MEETING.matcher(text);
            if (!m.find() || !lines.get(i).text().toLowerCase().contains("meeting of")) {
                continue;
            }
            Optional<DateParser.Found> date = dates.find(m.group(3));
            if (date.isEmpty()) {
                continue;
            }
            String body = BodyName.clean(m.group(1));
            if (i > 0 && COUNCIL.matcher(lines.get(i - 1).text().strip()).matches()) {
                body = BodyName.clean(lines.get(i - 1).text()) + " " + body;
            }
            String place = m.group(2).strip();
            String rest = m.group(3).substring(date.get().end());
            // only the words right after the date belong to the sentence; later lines are the list
            String time = times.find(rest.substring(0, Math.min(rest.length(), 24))).orElse(null);
            return Optional.of(meeting(body, date.get(), time, place));
        }
        return Optional.empty();
    }

    private Optional<Meeting> fromTitleBlock(List<TextLine> lines) {
        int dateLine = -1;
        DateParser.Found date = null;
        for (int i = 0; i < lines.size() && dateLine < 0; i++) {
            Optional<DateParser.Found> d = dates.find(lines.get(i).text());
            if (d.isPresent()) {
                dateLine = i;
                date = d.get();
            }
        }
        if (dateLine < 0) {
            return Optional.empty();
        }
        String body = titleAbove(lines, dateLine);
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String time = null;
        String place = null;
        int timeLine = -1;
        // a labelled line anywhere in the block, else the lines right after the date
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABEL.matcher(lines.get(i).text().strip());
            if (m.matches()) {
                String label = m.group(1).toLowerCase();
                if (label.equals("time") && time == null) {
                    time = times.find(m.group(2)).orElse(null);
                    timeLine = i;
                } else if (!label.equals("date") && place == null && !m.group(2).isBlank()) {
                    place = m.group(2).strip();
                }
            }
        }
        String afterDate = lines.get(dateLine).text().substring(date.end());
        if (time == null) {
            time = times.find(afterDate).orElse(null);
            timeLine = time == null ? -1 : dateLine;
        }
        if (time == null && dateLine + 1 < lines.size()) {
            time = times.find(lines.get(dateLine + 1).text()).orElse(null);
            timeLine = time == null ? -1 : dateLine + 1;
        }
        if (place == null && timeLine >= 0 && timeLine + 1 < lines.size()) {
            String next = lines.get(timeLine + 1).text().strip();
            if (looksLikePlace(next)) {
                place = next.replaceFirst("(?i)^via\\s+", "");
            }
        }
        return Optional.of(meeting(body, date, time, place));
    }

    /** The title lines just above the date line: same size of type, no wide gaps between them. */
    private String titleAbove(List<TextLine> lines, int dateLine) {
        String onDateLine = lines.get(dateLine).text().substring(0, dates.find(lines.get(dateLine).text()).orElseThrow().start())
                .replaceAll("(?i)\\b(date|mon|tues|wednes|thurs|fri|satur|sun)(day)?\\b[:,]?", "").strip();
        if (onDateLine.split("\\s+").length >= 2) {
            return BodyName.clean(onDateLine);
        }
        StringBuilder title = new StringBuilder();
        TextLine below = lines.get(dateLine);
        for (int i = dateLine - 1; i >= 0; i--) {
            TextLine line = lines.get(i);
            String text = line.text().strip();
            if (LABEL.matcher(text).matches() || text.isEmpty()) {
                break;
            }
            boolean sameBlock = title.isEmpty() || (Math.abs(line.fontSize() - below.fontSize()) < 1.0f
                    && below.top() - line.bottom() < 1.2f * line.fontSize());
            if (!sameBlock) {
                break;
            }
            String cleaned = text.replaceAll("(?i)^(minutes|agenda|meeting notes)$", "");
            if (!cleaned.isEmpty()) {
                title.insert(0, cleaned + " ");
            }
            below = line;
        }
        return BodyName.clean(title.toString());
    }

    private static boolean looksLikePlace(String text) {
        int words = text.split("\\s+").length;
        return !text.isEmpty() && words <= 12 && !NOT_A_PLACE.matcher(text).find()
                && Character.isLetter(text.charAt(0));
    }

    private static Meeting meeting(String body, DateParser.Found date, String time, String place) {
        String iso = date.date().toString();
        return new Meeting(BodyName.slug(body) + "/" + iso, body, iso, time, place);
    }

    private static String joined(List<TextLine> lines, int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(lines.size(), from + count); i++) {
            sb.append(i > from ? " " : "").append(lines.get(i).text().strip());
        }
        return sb.toString();
    }
}
