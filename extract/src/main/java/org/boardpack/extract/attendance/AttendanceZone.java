package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;
import org.boardpack.extract.layout.ColumnGap;

/**
 * Where minutes print their attendance: the head, before the first numbered item, and the
 * attendance items among the first few ({@code 42. APOLOGIES FOR ABSENCE}, {@code 2. ROLL CALL},
 * {@code FGB 98/2122 To record those who were present, accept apologies}) with their sub-items.
 * Names anywhere else (narrative, letters, later "Present:" lists of other meetings reported in
 * the paper, apologies for the next meeting) are not attendance at this meeting.
 *
 * <p>A numbered item heading is a line that starts with an item number ({@code 28.}, {@code 4A:},
 * {@code 1.2}, {@code BM 52/2122}, {@code 42. (Agenda 1)}) and a capitalised word; a date
 * ({@code 12 June 2013}) is not one; a council minute reference is ({@code HWB/17/1.}). Minutes
 * that number nothing have headings all the same, short lines in bold or capitals set apart by
 * space above them: after the head's
 * lists, the first such heading that is not about attendance ends the zone; and a head runs over
 * two pages at most. An item is an attendance item when its heading, or the two
 * lines after it that its title may wrap onto, has a word of the {@code attendance-items}
 * vocabulary, it is one of the first four numbered items or numbered within three of the first, and
 * no item of business has followed an attendance item yet (a numbering that starts again, as minutes
 * do after their own agenda list, starts afresh).
 */
final class AttendanceZone {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:[A-Z&]{1,4}\\s+)?(\\d{1,3})[A-Za-z]?(?:[./]\\d+)*[.):]?\\s+(?:\\(Agenda\\s+\\d+\\)\\s*)?(\\p{Lu}.*)$");
    /** A council minute reference before the title: {@code HWB/17/1. Election of Vice-Chairman}. */
    private static final Pattern MINUTE_REF = Pattern.compile("^[A-Z][A-Za-z]{1,7}/\\d{1,4}/(\\d{1,3})\\.?\\s+\\p{Lu}.*$");
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b.*");
    private static final Pattern ITEM_WORDS = Pattern.compile(
            "(?i)\\b" + Lexicon.alternation("attendance-items") + "\\b");
    private static final Pattern APOLOGY = Pattern.compile("(?i)\\bapolog");
    /** How many of the first numbered items may be the attendance item, and how far its number may be. */
    private static final int EARLY_ITEMS = 4;
    private static final int EARLY_NUMBERS = 3;
    /** Pages a paper's head may run over before its first item. */
    private static final int HEAD_PAGES = 2;
    /** White space above a heading without a number, in ems: more than a wrapped line's. */
    private static final float HEADING_SPACE_EMS = 0.8f;

    /** One line of the paper and what the zone says of it. */
    record ZoneLine(TextLine line, int page, boolean allowed, boolean heading, boolean apologiesItem) {
    }

    private AttendanceZone() {
    }

    /** The paper's lines in order, each marked allowed (head or attendance item) or not. */
    static List<ZoneLine> of(List<TextLine> lines, List<Integer> pages) {
        List<ZoneLine> out = new ArrayList<>();
        boolean allowed = true;
        boolean apologies = false;
        int first = -1;
        int attendanceItem = -1;
        int highest = -1;
        boolean closed = false;
        boolean listed = false;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            int number = number(line);
            if (number >= 0) {
                if (first < 0) {
                    first = number;
                }
                if (number < highest && number != attendanceItem) {
                    // numbering starts again (the minutes after their agenda list): a new run of items
                    closed = false;
                }
                highest = Math.max(highest, number);
                seen.add(number);
                if (number != attendanceItem) {
                    String title = line.text() + " " + following(lines, i);
                    boolean early = seen.size() <= EARLY_ITEMS || number >= first && number <= first + EARLY_NUMBERS;
                    boolean wasAttendance = attendanceItem >= 0;
                    allowed = !closed && early && ITEM_WORDS.matcher(title).find();
                    apologies = allowed && APOLOGY.matcher(line.text()).find();
                    attendanceItem = allowed ? number : -1;
                    // the first item of business after the attendance items ends them
                    closed |= wasAttendance && !allowed;
                }
            }
            boolean heading = number >= 0;
            boolean apart = i == 0 || line.top() - lines.get(i - 1).bottom() > HEADING_SPACE_EMS * line.fontSize();
            if (!heading && first < 0 && listed && apart && unnumberedHeading(line)) {
                // minutes without item numbers: a heading after the lists is an item, attendance or not
                heading = true;
                boolean wasAttendance = attendanceItem >= 0;
                allowed = !closed && ITEM_WORDS.matcher(line.text()).find();
                apologies = allowed && APOLOGY.matcher(line.text()).find();
                attendanceItem = allowed ? Integer.MAX_VALUE : -1;
                closed |= !allowed && (wasAttendance || listed);
            }
            if (first < 0 && attendanceItem < 0 && pages.get(i) > pages.getFirst() + HEAD_PAGES - 1) {
                // a head runs over a page or two, not through a paper that numbers no items
                allowed = false;
            }
            listed |= allowed && AttendanceLabel.in(line).isPresent();
            out.add(new ZoneLine(line, pages.get(i), allowed, heading, apologies));
        }
        return out;
    }

    /**
     * A heading without a number: a short line set in bold or capitals that is no label
     * ({@code APOLOGIES FOR ABSENCE}, {@code CONSENT CALENDAR}).
     */
    static boolean unnumberedHeading(TextLine line) {
        String text = line.text().strip();
        int words = line.words().size();
        boolean capitals = text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isLowerCase);
        return words <= 8 && text.chars().filter(Character::isLetter).count() > 3 && (capitals || line.bold())
                && line.segments(ColumnGap.EMS).size() == 1
                && !text.contains(":") && AttendanceLabel.in(line).isEmpty() && text.chars().noneMatch(Character::isDigit);
    }

    /** The item number a heading line starts with, or -1. */
    static int number(TextLine line) {
        Matcher ref = MINUTE_REF.matcher(line.text().strip());
        if (ref.matches()) {
            return Integer.parseInt(ref.group(1));
        }
        Matcher m = HEADING.matcher(line.text().strip());
        if (!m.matches() || MONTH.matcher(m.group(2)).matches() || DATE.matcher(line.text().strip()).find()) {
            return -1;
        }
        return Integer.parseInt(m.group(1));
    }

    /** The text of the two lines after a heading where its title wraps onto them (they go on in lower case). */
    private static String following(List<TextLine> lines, int i) {
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            String first = lines.get(j).segments(ColumnGap.EMS).getFirst().text().strip();
            // a title wraps mid-sentence ("To record those who / are present, accept"); a capital starts the text
            if (number(lines.get(j)) >= 0 || first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
                break;
            }
            sb.append(' ').append(first);
        }
        return sb.toString();
    }
}
