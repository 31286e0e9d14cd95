package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Attendance lists at the head of minutes, in the two layouts of English board minutes:
 * <ul>
 * <li>headed lists ({@code MEMBERS}, {@code APOLOGIES}, {@code ATTENDEES}) of
 * {@code Dr Rima Makarem (BLMK ICS Chair)} with the initials in a right-hand column;</li>
 * <li>council lists ({@code PRESENT}, {@code Apologies for Absence:}, {@code Absent from the Meeting:},
 * {@code Officers in Attendance:}) with the name in one column and the role in the next, or
 * {@code Mrs K Allen – Head of Service}, roles wrapping onto following lines.</li>
 * </ul>
 * A list runs from its heading to the first line that is neither a person nor the continuation of
 * one.
 */
public final class AttendanceExtractor {

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(members present|members in attendance|officers in attendance|others in attendance|also in attendance"
                    + "|also present|in attendance|invited|attendees|attendance|attending|members|present"
                    + "|apologies for absence|apologies received|apologies|absent from the meeting|absent)\\b\\s*(:)?\\s*(.*)$");
    private static final Pattern INITIALS = Pattern.compile("^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,3}(?:-[A-Z][A-Za-z]?)?$");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+");
    /** A column gap, in ems of the font size: wider than any word space. */
    private static final float COLUMN_GAP_EMS = 1.5f;
    /** A wrapped role hangs to the right of the name it belongs to, however little. */
    private static final float CONTINUATION_INDENT = 4f;

    public List<Attendance> extract(ParsedDocument doc, DocumentSpan minutes, String meetingId) {
        List<Attendance> out = new ArrayList<>();
        List<Integer> underAttendees = new ArrayList<>();
        boolean membersListed = false;
        AttendanceStatus status = null;
        Entry current = null;
        ListValue list = null;
        TextLine previous = null;
        for (int n = minutes.firstPage(); n <= minutes.lastPage(); n++) {
            Page page = doc.pages().get(n - 1);
            for (TextLine line : page.lines()) {
                Optional<Heading> heading = heading(line);
                if (list != null) {
                    if (heading.isEmpty() && list.continuesWith(line)) {
                        list = list.with(line);
                        continue;
                    }
                    list.emit(out, underAttendees, meetingId);
                    list = null;
                    status = null;
                }
                if (heading.isPresent()) {
                    flush(current, out, meetingId);
                    current = null;
                    Heading h = heading.get();
                    status = h.status();
                    membersListed |= status == AttendanceStatus.PRESENT && !h.attendees();
                    previous = line;
                    String rest = TextLine.join(h.rest());
                    if (NameList.isList(rest)) {
                        list = new ListValue(h, rest, line, h.rest().getFirst().x0(), n);
                    } else if (!h.rest().isEmpty()) {
                        current = entry(h.rest(), status, n);
                        if (current != null && h.attendees()) {
                            underAttendees.add(out.size());
                        }
                    }
                    continue;
                }
                if (status == null) {
                    continue;
                }
                Entry next = entry(line.words(), status, n);
                if (current != null && isContinuation(line, current, previous, next == null)) {
                    current = current.withMoreRole(line.text().strip());
                    previous = line;
                    continue;
                }
                if (next == null) {
                    flush(current, out, meetingId);
                    current = null;
                    status = null;
                    continue;
                }
                flush(current, out, meetingId);
                current = next;
                previous = line;
            }
        }
        if (list != null) {
            list.emit(out, underAttendees, meetingId);
        }
        flush(current, out, meetingId);
        // "Attendees" are the members present unless the minutes list members separately
        if (!membersListed) {
            for (int i : underAttendees) {
                Attendance a = out.get(i);
                out.set(i, new Attendance(a.meeting(), a.name(), a.honorific(), a.role(), a.initials(),
                        AttendanceStatus.PRESENT, a.page()));
            }
        }
        return out;
    }

    /** A comma-separated list value being read, possibly wrapped over several lines. */
    private record ListValue(Heading heading, String text, TextLine last, float valueX, int page) {

        boolean continuesWith(TextLine line) {
            return line.x0() >= valueX - 2 && line.bottom() - last.bottom() < 1.8f * line.fontSize();
        }

        ListValue with(TextLine line) {
            return new ListValue(heading, text + " " + line.text().strip(), line, valueX, page);
        }

        void emit(List<Attendance> out, List<Integer> underAttendees, String meetingId) {
            for (NameList.Listed p : NameList.parse(text)) {
                if (heading.attendees()) {
                    underAttendees.add(out.size());
                }
                out.add(new Attendance(meetingId, p.person().name(), p.person().honorific(), p.role(), p.initials(),
                        heading.status(), page));
            }
        }
    }

    /** {@code attendees}: the label was "Attendees"/"Attendance", whose meaning depends on the rest. */
    private record Heading(AttendanceStatus status, List<Word> rest, boolean attendees) {
    }

    private Optional<Heading> heading(TextLine line) {
        String text = line.text().strip();
        Matcher m = HEADING.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1);
        List<Word> rest = wordsAfter(line, label.split("\\s+").length);
        boolean colon = m.group(2) != null || (!rest.isEmpty() && rest.getFirst().text().equals(":"));
        if (!rest.isEmpty() && rest.getFirst().text().equals(":")) {
            rest = rest.subList(1, rest.size());
        }
        boolean gap = !rest.isEmpty() && line.segments(COLUMN_GAP_EMS).size() > 1
                && line.segments(COLUMN_GAP_EMS).getFirst().words().size() <= label.split("\\s+").length + 1;
        // "Apologies for absence were received ..." is prose, not a heading
        if (!rest.isEmpty() && !colon && !gap) {
            return Optional.empty();
        }
        String l = label.toLowerCase();
        return Optional.of(new Heading(statusOf(l), rest, l.equals("attendees") || l.equals("attendance")));
    }

    private static List<Word> wordsAfter(TextLine line, int labelWords) {
        List<Word> words = line.words();
        return new ArrayList<>(words.subList(Math.min(labelWords, words.size()), words.size()));
    }

    private static AttendanceStatus statusOf(String label) {
        if (label.startsWith("apologies")) {
            return AttendanceStatus.APOLOGIES;
        }
        if (label.startsWith("absent")) {
            return AttendanceStatus.ABSENT;
        }
        if (label.contains("attendance") || label.startsWith("attend") || label.equals("also present")
                || label.equals("invited")) {
            return AttendanceStatus.IN_ATTENDANCE;
        }
        return AttendanceStatus.PRESENT;
    }

    /** A listed person under construction: role text may still grow from wrapped lines. */
    private record Entry(PersonName person, String role, boolean openBracket, String initials,
                         AttendanceStatus status, int page, float nameX) {

        Entry withMoreRole(String more) {
            String text = more;
            boolean open = openBracket;
            if (open && text.contains(")")) {
                text = text.substring(0, text.lastIndexOf(')'));
                open = false;
            }
            String joined = role == null ? text.strip() : role + " " + text.strip();
            return new Entry(person, joined, open, initials, status, page, nameX);
        }
    }

    /**
     * A wrapped role: the next line at the list's pitch, either hanging to the right of the name
     * or, when it is not itself a person, starting under the name (roles that wrap to the column's
     * left edge, as in {@code Officers in Attendance:} lists).
     */
    private static boolean isContinuation(TextLine line, Entry current, TextLine previous, boolean notAPerson) {
        if (current.openBracket()) {
            return true;
        }
        if (current.role() == null || previous == null) {
            return false;
        }
        boolean close = line.bottom() - previous.bottom() < 1.6f * line.fontSize();
        boolean hanging = line.x0() > current.nameX() + CONTINUATION_INDENT;
        boolean underName = notAPerson && line.x0() >= current.nameX() - 2;
        return close && (hanging || underName) && line.words().size() <= 14;
    }

    private static Entry entry(List<Word> words, AttendanceStatus status, int page) {
        if (words.isEmpty()) {
            return null;
        }
        List<TextLine> segments = new TextLine(words).segments(COLUMN_GAP_EMS);
        String initials = null;
        if (segments.size() > 1 && INITIALS.matcher(segments.getLast().text()).matches()) {
            initials = segments.getLast().text();
            segments = segments.subList(0, segments.size() - 1);
        }
        String left = segments.getFirst().text().strip();
        String role = null;
        boolean open = false;
        int bracket = left.indexOf('(');
        if (bracket > 0) {
            String inside = left.substring(bracket + 1);
            left = left.substring(0, bracket).strip();
            int close = inside.lastIndexOf(')');
            open = close < 0;
            role = (open ? inside : inside.substring(0, close)).strip();
        } else {
            Matcher dash = DASH.matcher(left);
            if (dash.find()) {
                role = left.substring(dash.end()).strip();
                left = left.substring(0, dash.start()).strip();
            }
        }
        if (segments.size() > 1) {
            String column = joinSegments(segments.subList(1, segments.size()));
            role = role == null ? column : role + " " + column;
        }
        Optional<PersonName> person = PersonName.parse(left);
        if (person.isEmpty()) {
            return null;
        }
        if (initials == null && role != null && !open && NameList.spellsInitials(role, person.get())) {
            // "Rupert Price-Jones (RP-J)": the brackets hold initials, not a role
            initials = role;
            role = null;
        }
        return new Entry(person.get(), role == null || role.isBlank() ? null : role, open, initials, status, page,
                words.getFirst().x0());
    }

    private static String joinSegments(List<TextLine> segments) {
        StringBuilder sb = new StringBuilder();
        for (TextLine s : segments) {
            sb.append(sb.isEmpty() ? "" : " ").append(s.text().strip());
        }
        return sb.toString();
    }

    private static void flush(Entry e, List<Attendance> out, String meetingId) {
        if (e == null) {
            return;
        }
        String role = e.role() == null ? null : e.role().replaceAll("\\s+", " ").strip();
        out.add(new Attendance(meetingId, e.person().name(), e.person().honorific(), role, e.initials(),
                e.status(), e.page()));
    }
}
