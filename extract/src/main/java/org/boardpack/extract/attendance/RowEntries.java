package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.extract.layout.ColumnGap;

/**
 * An attendance list printed one person a row: {@code Dr Rima Makarem (BLMK ICS Chair)   RM} with
 * the initials in a right-hand column, {@code Mr N Kershaw   Director of Community Services} with
 * the role in a second column, {@code Mrs K Allen – Head of Service}, {@code Hugh Pollitt-Smith
 * CMC} under an {@code Attendee | Representing} header. A role that wraps onto the next line
 * (hanging to the right of the name, or under it when that line is no person) continues it; a
 * name cut with a trailing hyphen ({@code Kate Charlton-   City Solicitor}) loses the hyphen.
 */
final class RowEntries {

    /** A column gap, in ems of the font size: wider than any word space. */
    private static final float COLUMN_GAP_EMS = ColumnGap.EMS;
    /** A wrapped role hangs to the right of the name it belongs to, however little. */
    private static final float CONTINUATION_INDENT = 4f;
    /** Rows further apart than this many ems (baseline to baseline) are not one list. */
    private static final float ROW_PITCH_EMS = 1.8f;

    private RowEntries() {
    }

    /** Whether a line is a list row: a person in its first column and more columns after it. */
    static boolean isRow(TextLine line) {
        List<TextLine> segments = line.segments(COLUMN_GAP_EMS);
        return segments.size() > 1 && entry(line.words()).isPresent();
    }

    /** One person of a row list under construction: the role may still grow from wrapped lines. */
    record Entry(PeopleList.Listed listed, boolean openBracket, float nameX, float roleX, TextLine last) {

        Entry more(TextLine line) {
            String text = line.text().strip();
            boolean open = openBracket;
            if (open && text.contains(")")) {
                text = text.substring(0, text.lastIndexOf(')'));
                open = false;
            }
            String role = listed.role() == null ? text.strip() : listed.role() + " " + text.strip();
            return new Entry(listed.withRole(role.replaceAll("\\s+", " ")), open, nameX, roleX, line);
        }

        /** Whether the line goes on with this entry's role rather than starting a new entry. */
        boolean continuedBy(TextLine line, boolean notAPerson) {
            if (openBracket) {
                return true;
            }
            if (listed.role() == null) {
                return false;
            }
            List<TextLine> columns = line.segments(COLUMN_GAP_EMS);
            if (columns.size() > 1 && columns.stream().noneMatch(c -> Math.abs(c.x0() - roleX) <= 2)) {
                // a row of columns none of which is the role's (the next table's header, Item | Minute |
                // Action, set close under the list) wraps no role
                return false;
            }
            boolean close = line.bottom() - last.bottom() < ROW_PITCH_EMS * line.fontSize();
            boolean hanging = line.x0() > nameX + CONTINUATION_INDENT;
            boolean underName = notAPerson && line.x0() >= nameX - 2 && !groupHeading(line);
            return close && (hanging || underName) && line.words().size() <= 14;
        }
    }

    /** The person a row names, with its role column, brackets, dash role and initials column. */
    static Optional<Entry> entry(List<Word> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        TextLine line = new TextLine(words);
        List<TextLine> segments = line.segments(COLUMN_GAP_EMS);
        String left = segments.getFirst().text().strip().replaceAll("(?<=\\p{L})[-–]$", "");
        boolean open = left.indexOf('(') > 0 && left.lastIndexOf(')') < left.indexOf('(');
        if (open) {
            left = left + ")";
        }
        Optional<PeopleList.Listed> person = PeopleList.single(left);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        PeopleList.Listed p = person.get();
        if (p.role() != null && left.endsWith(",")) {
            // the role goes on in the next line: keep the comma it wrapped after
            p = p.withRole(p.role() + ",");
        }
        List<TextLine> columns = new ArrayList<>(segments.subList(1, segments.size()));
        if (!columns.isEmpty() && p.initials() == null && Initials.spell(columns.getLast().text(), p.person())) {
            p = new PeopleList.Listed(p.person(), p.role(), columns.getLast().text(), p.note());
            columns.removeLast();
        }
        if (!columns.isEmpty()) {
            String column = columns.stream().map(s -> s.text().strip()).reduce((a, b) -> a + " " + b).orElseThrow();
            p = p.withRole(p.role() == null ? column : p.role() + " " + column);
        }
        if (open && p.role() != null && p.role().endsWith(")")) {
            p = p.withRole(p.role().substring(0, p.role().length() - 1));
        }
        float roleX = segments.size() > 1 ? segments.get(1).x0() : Float.NaN;
        return Optional.of(new Entry(p, open, words.getFirst().x0(), roleX, line));
    }

    /**
     * A group's heading inside a list, set in bold or ending in a colon ({@code Non-Executive
     * Directors}, {@code Officers:}): the list goes on under it (a role wrapped under its name is
     * set like the role).
     */
    private static boolean groupHeading(TextLine line) {
        String text = line.text().strip();
        return line.words().size() <= 5 && Character.isUpperCase(text.charAt(0)) && (line.bold() || text.endsWith(":"))
                && (text.endsWith(":") || PersonName.describes(text) || ListWords.isRole(text));
    }

    private static PeopleList.Listed finished(PeopleList.Listed p) {
        return p.role() == null ? p : p.withRole(p.role().replaceAll("[,;]$", ""));
    }

    /** The people of a row list, each row a person, wrapped roles joined. */
    static List<PeopleList.Listed> read(List<TextLine> lines) {
        List<PeopleList.Listed> out = new ArrayList<>();
        Entry current = null;
        for (TextLine line : lines) {
            Optional<Entry> next = entry(line.words());
            if (current != null && current.continuedBy(line, next.isEmpty())) {
                current = current.more(line);
                continue;
            }
            if (current != null) {
                out.add(finished(current.listed()));
            }
            current = next.orElse(null);
            if (current == null && !groupHeading(line)) {
                break;
            }
        }
        if (current != null) {
            out.add(finished(current.listed()));
        }
        return out;
    }
}
