package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.extract.layout.ColumnGap;

/**
 * The lines of one attendance list, from its label to where it ends, and the people in them:
 * <ul>
 * <li>the text after the label on its line, and the lines that go on with it: hanging under the
 * text ({@code PRESENT:  R Lester, ... P / Rochford, ...}), wrapping back to the label's margin,
 * or, for a label alone on its line, the lines under it;</li>
 * <li>a label in a column of a table row ({@code Apologies: Andrew McKenzie}) reads only the words
 * from its column leftwards-bounded, the other columns being other text;</li>
 * <li>a label set beside the middle of its list ({@code Present:} level with the second of three
 * names) takes the lines above it that stand in its list's column at the list's pitch;</li>
 * <li>a list ends at a blank line (a gap wider than the list's pitch; entries set as paragraphs, each
 * opening with an honorific, may stand apart by less than a blank line), another label, a line
 * that runs on in its column down to a label set beside it (the next list's first line), a numbered
 * heading or the end of the zone;</li>
 * <li>a list printed one person a row with role or initials columns ({@link RowEntries}) or one
 * entry alone is read row by row; otherwise the lines are one text ({@link LineJoin},
 * {@link PeopleList}). A header row ({@code Attendee   Representing}) is skipped.</li>
 * </ul>
 * With {@code strict} (names under an apologies heading, no label), a line that is not a bare
 * list of names (any lower-case word outside brackets and dash notes) ends the list before it.
 * A line of notes of who came ({@code Cllr M Bramhall apologies}, {@link StatusNote}) is no list
 * line: it ends the list, and is read as notes.
 */
final class ListBlock {

    /** Baseline-to-baseline distance, in ems, beyond which the next line is not the list's. */
    private static final float LIST_PITCH_EMS = 1.8f;
    /** Rows of a table list may be set with a blank line between them. */
    private static final float TABLE_PITCH_EMS = 3.2f;
    /**
     * A table's header row may stand a heading's space under its label (a browser's table margin and
     * cell padding: 3.5 ems under "In Attendance" over "Attendee | Representing").
     */
    private static final float TABLE_HEADER_EMS = 4.5f;
    /** A gap between columns, in ems: wider than any word space. */
    private static final float COLUMN_GAP_EMS = ColumnGap.EMS;
    /** Entries set as paragraphs stand less than a blank line apart: under this many of the list's line pitches. */
    private static final float PARAGRAPH_PITCHES = 1.6f;
    /** Lines looked down to find a label set beside the middle of the next list. */
    private static final int LOOK_AHEAD = 12;
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^" + org.boardpack.extract.lexicon.Lexicon.alternation("attendance-table-headers") + "$");
    /** A rule printed under a block ({@code ______}): the end of the list. */
    private static final Pattern RULE = Pattern.compile("^[_\\-–—=.\\s]+$");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}’'])\\p{Ll}+\\b");

    /** The people read, and the indexes of the first and last zone lines the list took. */
    record Read(List<PeopleList.Listed> people, int firstLine, int lastLine) {
    }

    private ListBlock() {
    }

    static Read read(List<AttendanceZone.ZoneLine> zone, int at, AttendanceLabel label, boolean strict,
                     java.util.function.IntPredicate free) {
        List<TextLine> lines = new ArrayList<>();
        int first = at;
        float centred = label.rest().isEmpty() ? valueColumn(zone, at) : Float.NaN;
        if (!label.rest().isEmpty() || !Float.isNaN(centred)) {
            // a label set beside the middle of its list: the list's first lines stand above it, in its column
            float x = label.rest().isEmpty() ? centred : label.rest().getFirst().x0();
            float listPitch = columnPitch(zone, at, x);
            TextLine below = zone.get(at).line();
            String belowText = label.rest().isEmpty() ? zone.get(at + 1).line().text() : TextLine.join(label.rest());
            int above = label.rest().isEmpty() ? linesUnder(zone, at, x) : Integer.MAX_VALUE;
            for (int j = at - 1; j >= 0 && free.test(j) && at - j <= above; j--) {
                AttendanceZone.ZoneLine z = zone.get(j);
                TextLine line = z.line();
                if (!z.allowed() || z.heading() || z.page() != zone.get(at).page() || Math.abs(line.x0() - x) > 2
                        || !continues(line, below, belowText, listPitch)
                        || AttendanceLabel.in(line).isPresent() || !listy(line)) {
                    break;
                }
                lines.addFirst(line);
                first = j;
                below = line;
                belowText = line.text();
            }
            // a line naming nobody goes with a name above it (a wrapped role), never heads the list
            while (!lines.isEmpty() && PeopleList.parse(lines.getFirst().text()).isEmpty()) {
                lines.removeFirst();
                first++;
            }
        }
        List<Word> rest = label.rest();
        TextLine labelLine = zone.get(at).line();
        float left = label.x() - 2;
        boolean tableRow = label.x() > labelLine.x0() + 2;
        if (!rest.isEmpty()) {
            lines.add(new TextLine(rest));
        }
        boolean table = false;
        int last = at;
        TextLine previous = labelLine;
        for (int j = at + 1; j < zone.size(); j++) {
            AttendanceZone.ZoneLine z = zone.get(j);
            if (!z.allowed() || z.heading() || z.page() != zone.get(last).page() && lines.isEmpty()) {
                break;
            }
            TextLine line = column(z.line(), left, tableRow);
            if (line == null) {
                if (tableRow) {
                    continue;
                }
                break;
            }
            boolean row = RowEntries.entry(line.words()).isPresent();
            float pitch = (table || row ? TABLE_PITCH_EMS : LIST_PITCH_EMS) * line.fontSize();
            boolean newPage = z.page() != zone.get(last).page();
            float gap = line.bottom() - previous.bottom();
            float listPitch = columnPitch(zone, j, line.x0());
            boolean header = lines.isEmpty() && !table && isHeaderRow(line);
            float firstPitch = (header ? TABLE_HEADER_EMS : TABLE_PITCH_EMS) * line.fontSize();
            if (!newPage && gap > (lines.isEmpty() ? firstPitch : pitch)
                    && (lines.isEmpty() || !continues(previous, line, line.text(), listPitch))) {
                break;
            }
            Below below = lines.isEmpty() ? Below.NONE : labelBelow(zone, j, line, listPitch);
            if (below == Below.CENTRED || below == Below.BESIDE
                    && (apart(previous, line, listPitch) || Math.abs(line.x0() - lines.getLast().x0()) > 2)) {
                // the label level with the middle of the next list: this line, set apart from the list
                // above (not a wrapped line of it), is the next list's
                break;
            }
            if (AttendanceLabel.in(z.line()).isPresent() || AttendanceLabel.startsWithLabelWord(line)) {
                break;
            }
            if (lines.isEmpty() && isHeaderRow(line)) {
                table = true;
                previous = line;
                last = j;
                continue;
            }
            if (!rest.isEmpty() && !lines.isEmpty() && line.x0() < rest.getFirst().x0() - 2 && line.x0() > left + 4) {
                break;
            }
            if (RULE.matcher(line.text()).matches() || strict && !bare(line) || !listy(line)
                    || StatusNote.opens(line.text())) {
                break;
            }
            lines.add(line);
            previous = line;
            last = j;
        }
        return new Read(people(lines, table), first, last);
    }

    /** Whether a line is a table's header row ({@code Attendee | Representing}): runs apart, the first a header word. */
    private static boolean isHeaderRow(TextLine line) {
        List<TextLine> runs = line.segments(ColumnGap.EMS);
        return runs.size() > 1 && HEADER.matcher(runs.getFirst().text().strip()).matches();
    }

    /**
     * Whether {@code lower} goes on with the list above it: within the list's pitch, or, for entries
     * set as paragraphs with a little space between them, a line opening a new person
     * ({@code Dr J Lloyd-Bennett, ...}) less than a blank line below ({@value #PARAGRAPH_PITCHES}
     * of the list's own measured line pitch).
     */
    private static boolean continues(TextLine upper, TextLine lower, String lowerText, float listPitch) {
        float gap = lower.bottom() - upper.bottom();
        return gap <= LIST_PITCH_EMS * lower.fontSize()
                || listPitch > 0 && gap <= PARAGRAPH_PITCHES * listPitch && PersonName.startsWithHonorific(lowerText);
    }

    /** Whether {@code lower} stands apart from {@code upper}: further than the list's line pitch allows a wrapped line. */
    private static boolean apart(TextLine upper, TextLine lower, float listPitch) {
        float gap = lower.bottom() - upper.bottom();
        return listPitch > 0 ? gap > PARAGRAPH_PITCHES * listPitch : gap > LIST_PITCH_EMS * lower.fontSize();
    }

    /**
     * The line pitch of a column of the page, measured: the closest two successive lines starting at
     * {@code x} stand (baseline to baseline); 0 if no two do.
     */
    private static float columnPitch(List<AttendanceZone.ZoneLine> zone, int j, float x) {
        float pitch = 0;
        int page = zone.get(j).page();
        for (int k = 1; k < zone.size(); k++) {
            TextLine upper = zone.get(k - 1).line();
            TextLine lower = zone.get(k).line();
            float gap = lower.bottom() - upper.bottom();
            if (zone.get(k).page() == page && zone.get(k - 1).page() == page && gap > 0
                    && Math.abs(upper.x0() - x) <= 2 && Math.abs(lower.x0() - x) <= 2) {
                pitch = pitch == 0 ? gap : Math.min(pitch, gap);
            }
        }
        return pitch;
    }

    /** What label line {@code j} runs on down to, in its column: none, one beside a middle line, one centred on its list. */
    private enum Below { NONE, BESIDE, CENTRED }

    /**
     * Whether line {@code j} (column {@code line.x0()}) runs on, in its column and at the list's
     * pitch, down to a line whose label stands beside it with its names in that same column: the
     * line may be the start of that label's list ({@code Cllr Y Hollis} over {@code Apologies for
     * Absence:  Mrs M Holloway}), not the end of this one ({@link Below#BESIDE}). A label alone on
     * its line, centred on its list, has as many of its lines above it as under it: line {@code j}
     * within that many lines above it is that label's ({@link Below#CENTRED}).
     */
    private static Below labelBelow(List<AttendanceZone.ZoneLine> zone, int j, TextLine line, float listPitch) {
        TextLine upper = line;
        float pitch = listPitch;
        for (int k = j + 1; k < zone.size() && k <= j + LOOK_AHEAD; k++) {
            AttendanceZone.ZoneLine z = zone.get(k);
            if (!z.allowed() || z.heading() || z.page() != zone.get(j).page()) {
                return Below.NONE;
            }
            List<AttendanceLabel> labels = AttendanceLabel.all(z.line());
            if (!labels.isEmpty()) {
                List<Word> rest = labels.getFirst().rest();
                if (rest.isEmpty()) {
                    float x = valueColumn(zone, k);
                    return !Float.isNaN(x) && Math.abs(x - line.x0()) <= 2 && k - j <= linesUnder(zone, k, x)
                            && continues(upper, z.line(), z.line().text(), pitch) ? Below.CENTRED : Below.NONE;
                }
                return Math.abs(rest.getFirst().x0() - line.x0()) <= 2
                        && continues(upper, z.line(), TextLine.join(rest), pitch) ? Below.BESIDE : Below.NONE;
            }
            if (Math.abs(z.line().x0() - line.x0()) > 2 || !continues(upper, z.line(), z.line().text(), pitch)) {
                return Below.NONE;
            }
            upper = z.line();
        }
        return Below.NONE;
    }

    /** How many lines of a centred label's list stand under it in column {@code x}, each a wrapped line's pitch under the last. */
    private static int linesUnder(List<AttendanceZone.ZoneLine> zone, int at, float x) {
        int n = 0;
        TextLine upper = zone.get(at).line();
        for (int k = at + 1; k < zone.size() && zone.get(k).page() == zone.get(at).page() && zone.get(k).allowed(); k++) {
            TextLine line = zone.get(k).line();
            if (Math.abs(line.x0() - x) > 2 || line.bottom() - upper.bottom() > LIST_PITCH_EMS * line.fontSize()
                    || AttendanceLabel.in(line).isPresent()) {
                break;
            }
            n++;
            upper = line;
        }
        return n;
    }

    /**
     * The column of the list beside a label that stands alone on its line, centred on a list of two
     * or more lines ({@code Apologies for Absence:} between {@code Cllr S Dixon} above and
     * {@code Mrs S Harrison} below, as a table cell aligned to its middle prints it): the x of the
     * next line when that line starts right of the label and stands within a wrapped line's pitch
     * under it; {@code NaN} otherwise (the label heads the lines under it).
     */
    private static float valueColumn(List<AttendanceZone.ZoneLine> zone, int at) {
        if (at + 1 >= zone.size() || zone.get(at + 1).page() != zone.get(at).page() || !zone.get(at + 1).allowed()) {
            return Float.NaN;
        }
        TextLine label = zone.get(at).line();
        TextLine next = zone.get(at + 1).line();
        boolean beside = next.x0() > label.x1() + label.fontSize();
        boolean close = next.bottom() - label.bottom() <= LIST_PITCH_EMS * next.fontSize();
        return beside && close && AttendanceLabel.in(next).isEmpty() ? next.x0() : Float.NaN;
    }

    /** The people of the list's lines: row by row, or as one text. */
    static List<PeopleList.Listed> people(List<TextLine> lines, boolean table) {
        if (lines.isEmpty()) {
            return List.of();
        }
        TextLine first = lines.getFirst();
        if (lines.stream().anyMatch(l -> l.segments(COLUMN_GAP_EMS).size() > 1) && lines.stream().allMatch(ListBlock::namesInColumns)) {
            // "Cllr A Smith     Cllr B Jones     Cllr C Brown": names set out in columns, one a cell
            return lines.stream().flatMap(l -> l.segments(COLUMN_GAP_EMS).stream())
                    .map(s -> PeopleList.single(s.text()).orElseThrow()).toList();
        }
        boolean rows = table || lines.stream().anyMatch(RowEntries::isRow)
                || (lines.stream().allMatch(l -> PeopleList.parse(l.text()).size() < 2)
                && PeopleList.single(first.text()).isPresent());
        if (rows) {
            return RowEntries.read(lines);
        }
        return PeopleList.parse(LineJoin.join(lines));
    }

    /** Whether each column of a line is one person, with nothing else. */
    private static boolean namesInColumns(TextLine line) {
        return line.segments(ColumnGap.EMS).stream().allMatch(s -> PersonName.parse(s.text().replaceAll("\\s*\\(.*$", "")).isPresent()
                && PeopleList.single(s.text()).isPresent());
    }

    /** The words of a line in the list's column: all of it, or for a table cell those right of the label. */
    private static TextLine column(TextLine line, float left, boolean tableRow) {
        if (!tableRow) {
            return line;
        }
        List<Word> words = line.words().stream().filter(w -> w.x0() >= left).toList();
        if (words.isEmpty()) {
            return null;
        }
        // a line running from left of the column with no column gap before the column's words is
        // text set from the margin ("Cllr F Grey (holiday)." under "1. Apologies for absence"), whole
        boolean cut = words.size() < line.words().size();
        boolean ownColumn = line.segments(COLUMN_GAP_EMS).stream().anyMatch(s -> s.words().getFirst().equals(words.getFirst()));
        return cut && !ownColumn ? line : new TextLine(words);
    }

    /** A line that may be a list: few lower-case words outside brackets and dash notes (not a sentence). */
    private static boolean listy(TextLine line) {
        String t = line.text().replaceAll("\\([^)]*\\)?", "").replaceAll("\\s+[–—-]\\s+.*$", "")
                .replaceAll("\\b(?:and|of|the|for)\\b", "");
        return LOWER_WORD.matcher(t).results().count() <= 2;
    }

    /** A bare list line: no lower-case word but "and", outside brackets and dash notes. */
    private static boolean bare(TextLine line) {
        String t = line.text().replaceAll("\\([^)]*\\)?", "").replaceAll("\\s+[–—-]\\s+.*$", "");
        return LOWER_WORD.matcher(t.replaceAll("\\b(?:and|&)\\b", "")).results().findAny().isEmpty()
                && PeopleList.parse(line.text()).size() > 0;
    }
}
