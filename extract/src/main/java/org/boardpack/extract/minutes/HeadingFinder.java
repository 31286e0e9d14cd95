package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.ingest.TextLine;

/**
 * Which numbered lines of a paper (minutes, or an agenda set as numbered lines) are its item
 * headings, which are sub-headings, and which are numbered paragraphs inside an item.
 * <p>
 * Item headings stand in one column: the heading column, the left edge of the numbers that look
 * most like headings (bold, capitals, larger type than the text, or a number set apart in its own
 * column), taken as the
 * leftmost such column used at least twice, so that numbered lists indented under an item (a
 * list of points, e-mails pasted into the minutes, an action list) are never taken for items. A
 * number in the heading column is an item when it looks like a heading, or, printed in plain type
 * and run into its text ({@code 7 On Ratification of the Constitution: …}), when it goes on from
 * the item before ({@code 6} after {@code 5}). Pages where nearly every line is numbered carry line
 * numbers (transcripts), and numbered lines after the line that closes the meeting belong to
 * papers attached behind the minutes: neither gives items.
 * <p>
 * Under an item {@code 44}, a dotted number {@code 44.1} is a sub-heading when it is one: bold,
 * or a short title alone on its line with the item's text nested under it (indented, or numbered
 * {@code 44.1.1}); otherwise it numbers a paragraph of the item. A lettered line ({@code (a) Current
 * Applications}) is a sub-heading when it is short and bold or has text nested under it: item
 * {@code 34(a)}. Run-in lettered paragraphs ({@code a. Monitor budget. The monitor …}), and lettered
 * or numbered points of a list a line ending with a colon introduces ({@code Committee resolved
 * to:} {@code i) Approve …}), are text.
 */
public final class HeadingFinder {

    public enum Kind { ITEM, SUB_ITEM, PARAGRAPH }

    /** One line of the paper as the finder reads it; a ruled table's row is read by its table, not here. */
    public record Line(int page, TextLine line, List<Cell> cells, float pageWidth, boolean ruled) {

        public Line(int page, TextLine line, List<Cell> cells, float pageWidth) {
            this(page, line, cells, pageWidth, false);
        }
    }

    /**
     * A heading or numbered paragraph: the item number it gives ({@code 3}, {@code 44.1},
     * {@code 34(a)}; for a paragraph, its item's), the printed minute number where it differs
     * ({@code 42} of {@code 42. (Agenda 3)}, a committee reference, a paragraph's {@code 44.2}),
     * the heading's title and lead, and its style (a bold or capitals title may wrap onto the next
     * line). {@code textFrom} is where, among the words after the number, the item's text starts
     * on a heading run in with it under a label ({@code 47.3 Play Area: Cllr Rochford will …}), else 0.
     */
    public record Heading(Kind kind, String number, String minuteRef, String title, String lead,
                          boolean bold, boolean caps, String printed, int textFrom) {

        public Heading(Kind kind, String number, String minuteRef, String title, String lead,
                       boolean bold, boolean caps, String printed) {
            this(kind, number, minuteRef, title, lead, bold, caps, printed, 0);
        }
    }

    /** How much taller than the paper's ordinary text a heading set in larger type is. */
    private static final float LARGER_TYPE = 1.15f;
    /** Words a plain heading set apart from its number may have and still be a heading alone. */
    private static final int APART_TITLE_WORDS = 12;
    /** Column tolerance, in line pitches: less than the width of a figure, so an indented list is not in it. */
    private static final float COLUMN_PITCHES = 0.5f;


    /** The headings of the paper's lines, one entry per line ({@code null} for a line that is none). */
    public List<Heading> find(List<Line> lines, LinePitch pitch) {
        int n = lines.size();
        List<NumberedLine> numbered = new ArrayList<>(n);
        for (Line l : lines) {
            numbered.add(l.ruled() ? null : NumberedLine.of(l.line(), l.cells(), l.pageWidth()).orElse(null));
        }
        numbered = SequenceNumbers.settle(numbered);
        float tol = Math.max(3f, pitch.pitch() * COLUMN_PITCHES);
        Set<Integer> lineNumbered = PaperLimits.lineNumberedPages(lines, numbered);
        float bodyHeight = bodyHeight(lines);
        int end = PaperLimits.closingLine(lines);
        List<Integer> candidates = new ArrayList<>();
        List<Boolean> strong = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            NumberedLine nl = numbered.get(i);
            if (nl == null || lineNumbered.contains(lines.get(i).page()) || !topCandidate(nl)) {
                continue;
            }
            candidates.add(i);
            strong.add(strong(nl, bodyHeight));
        }
        HeadingColumn column = HeadingColumn.of(candidates, strong, numbered, tol);
        List<Heading> out = new ArrayList<>(java.util.Collections.nCopies(n, (Heading) null));
        if (column == null) {
            return out;
        }
        Heading top = null;
        NumberedLine topLine = null;
        Heading sub = null;
        boolean interrupted = false;
        float listAt = Float.NaN;
        for (int i = 0; i < end; i++) {
            NumberedLine nl = numbered.get(i);
            TextLine line = lines.get(i).line();
            if (!Float.isNaN(listAt) && line.x0() < listAt - tol) {
                listAt = Float.NaN; // back at the margin: the list is over
            }
            if (nl == null) {
                if (lines.get(i).ruled()) {
                    continue;
                }
                // an unnumbered heading out in the heading column (Action List) ends the run of items
                interrupted |= top != null && line.bold() && column.startsAt(line.x0());
                continue;
            }
            if (i > 0 && out.get(i - 1) == null && lines.get(i - 1).line().text().strip().endsWith(":")) {
                // "Committee resolved to:" – what follows is a list of points; a heading's own
                // colon ("4. CONSENT CALENDAR ITEMS:") introduces its sub-items, not a list
                listAt = nl.x0();
            }
            boolean listed = !Float.isNaN(listAt) && Math.abs(nl.x0() - listAt) <= tol;
            if (lineNumbered.contains(lines.get(i).page())) {
                continue;
            }
            int c = candidates.indexOf(i);
            boolean inColumn = column.holds(nl) || c >= 0 && strong.get(c) && !listed && topLine != null
                    && next(topLine.number(), nl.number()) && Math.abs(nl.x0() - column.left()) <= pitch.pitch();
            if (c >= 0 && inColumn && (strong.get(c) && (!interrupted || goesOn(nl, topLine))
                    || !interrupted && followsOn(nl, topLine, candidates, c, numbered, column))) {
                top = item(nl, Kind.ITEM, topNumber(nl), topRef(nl));
                topLine = nl;
                interrupted = false;
                listAt = Float.NaN;
                sub = null;
                out.set(i, top);
                continue;
            }
            if (c >= 0 && topLine != null && column.holds(nl) && nl.number().level() != topLine.number().level()) {
                top = null; // another numbering in the item column (AGM-2006/9 after 8.): item 8's part is over
            }
            if (top == null) {
                continue;
            }
            ItemNumber number = nl.number();
            if (number.level() == ItemNumber.Level.SUB) {
                Heading owner = sub != null && number.isSubOf(sub.printed()) ? sub
                        : number.isSubOf(top.printed()) ? top : null;
                if (owner == null || !nl.titleCapitalised()) {
                    continue;
                }
                boolean styled = nl.titleBold() || larger(nl, bodyHeight);
                if (owner == top && SubHeadings.isSubHeading(nl, lines, numbered, i, tol, larger(nl, bodyHeight))) {
                    sub = item(nl, Kind.SUB_ITEM, number.printed(), top.minuteRef() == null ? null : number.printed());
                    int label = SubHeadings.runInLabel(nl);
                    if (label > 0 && !styled) {
                        sub = new Heading(sub.kind(), sub.number(), sub.minuteRef(), sub.title(), sub.lead(), sub.bold(),
                                sub.caps(), sub.printed(), label);
                    }
                    out.set(i, sub);
                } else {
                    out.set(i, new Heading(Kind.PARAGRAPH, owner.number(), number.printed(), owner.title(), null,
                            false, false, number.printed()));
                }
            } else if (listed) {
                continue;
            } else if (number.level() == ItemNumber.Level.WHOLE && number.major() == topLine.number().major()
                    && !number.printed().equals(topLine.number().printed()) && column.reaches(nl)
                    && SubHeadings.isLetterHeading(nl, lines, numbered, i, tol)) {
                // 5-A under 5, indented under its item
                sub = item(nl, Kind.SUB_ITEM, number.printed(), null);
                out.set(i, sub);
            } else if (number.level() == ItemNumber.Level.LETTER && column.reaches(nl)
                    && (SubHeadings.isLetterHeading(nl, lines, numbered, i, tol)
                    || SubHeadings.inLetteredTitles(nl, numbered, i, out.get(i - 1) != null))) {
                String letter = nl.number().head().startsWith("(") || nl.number().head().endsWith(")")
                        ? "(" + number.printed() + ")" : number.printed();
                sub = item(nl, Kind.SUB_ITEM, (top.number() != null ? top.number() : top.printed()) + letter, null);
                out.set(i, sub);
            }
        }
        return out;
    }

    private static Heading item(NumberedLine nl, Kind kind, String number, String minuteRef) {
        HeadingText.Parts parts = HeadingText.of(nl.title());
        String lead = nl.margin() != null ? nl.margin() : parts.lead();
        boolean bold = !nl.title().isEmpty() && nl.title().stream().allMatch(w -> w.bold());
        return new Heading(kind, number, minuteRef, parts.title(), lead, bold, nl.titleCaps(), nl.number().printed());
    }

    /** A heading's item number: the agenda number where minutes print one beside the minute number. */
    private static String topNumber(NumberedLine nl) {
        ItemNumber n = nl.number();
        if (n.agenda() != null) {
            return n.agenda();
        }
        return n.level() == ItemNumber.Level.REFERENCE ? null : n.printed();
    }

    private static String topRef(NumberedLine nl) {
        ItemNumber n = nl.number();
        return n.agenda() != null || n.level() == ItemNumber.Level.REFERENCE ? n.printed() : null;
    }

    /** A whole number, committee reference or year/sequence number, or a capital letter set in its own column ({@code A. | Title}). */
    private static boolean topCandidate(NumberedLine nl) {
        ItemNumber.Level level = nl.number().level();
        if (nl.title().stream().noneMatch(w -> w.text().chars().anyMatch(Character::isLetter))) {
            return false; // "3 - 6": a page range beside the heading, not an item
        }
        if (level == ItemNumber.Level.LETTER) {
            // "A. | Introduction of New Members"; not "A. | F." (a map's key) nor an initial
            return nl.apart() && Character.isUpperCase(nl.number().printed().charAt(0)) && nl.titleCapitalised()
                    && !isInitial(nl.title().getFirst().text());
        }
        return level == ItemNumber.Level.WHOLE || level == ItemNumber.Level.REFERENCE || level == ItemNumber.Level.SEQUENCE;
    }

    /** A letter and a full stop: an initial, or a key's letter, not a title's first word. */
    static boolean isInitial(String word) {
        return word.matches("[A-Za-z]\\.");
    }

    /** Set as a heading: bold, capitals, or a short title apart from its number. */
    private static boolean strong(NumberedLine nl, float bodyHeight) {
        if (!nl.titleCapitalised() && !nl.numberBold() && !nl.titleBold()) {
            return false;
        }
        return nl.numberBold() || nl.titleBold() || nl.titleCaps() || larger(nl, bodyHeight)
                || nl.apart() && nl.titleWords() <= APART_TITLE_WORDS;
    }

    /** A title set in larger type than the paper's text (its first word: a superscript later on is no sign). */
    private static boolean larger(NumberedLine nl, float bodyHeight) {
        return nl.title().getFirst().height() > bodyHeight * LARGER_TYPE;
    }

    /** The height of the paper's ordinary text: the median height of its lines, as measured. */
    private static float bodyHeight(List<Line> lines) {
        float[] heights = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            heights[i] = lines.get(i).line().bottom() - lines.get(i).line().top();
        }
        java.util.Arrays.sort(heights);
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * A plain numbered line in the heading column is an item when it goes on from the item before
     * it ({@code 6} after {@code 5}, {@code 5A} after {@code 5}), or, as the first, when the next
     * one goes on from it.
     */
    private static boolean followsOn(NumberedLine nl, NumberedLine previous, List<Integer> candidates, int c,
                                     List<NumberedLine> numbered, HeadingColumn column) {
        if (!nl.titleCapitalised()) {
            return false;
        }
        if (previous != null) {
            return next(previous.number(), nl.number());
        }
        for (int k = c + 1; k < candidates.size(); k++) {
            NumberedLine later = numbered.get(candidates.get(k));
            if (column.holds(later)) {
                return next(nl.number(), later.number());
            }
        }
        return false;
    }

    /**
     * After a break in the items (an unnumbered heading in their column) the numbering must not go
     * back: {@code 6C} may follow {@code 6A}, {@code 6} may not follow {@code 9}.
     */
    private static boolean goesOn(NumberedLine nl, NumberedLine previous) {
        return previous == null || nl.number().major() >= previous.number().major();
    }

    /** Whether {@code after} numbers the item after {@code before}, in the same scheme of numbering. */
    private static boolean next(ItemNumber before, ItemNumber after) {
        if (before.level() != after.level()) {
            return false; // AGM-2006/9 does not go on from a list's 8.
        }
        if (before.level() == ItemNumber.Level.LETTER) {
            return after.printed().charAt(0) == before.printed().charAt(0) + 1;
        }
        if (before.level() == ItemNumber.Level.REFERENCE && !prefix(before).equals(prefix(after))) {
            return false;
        }
        if (after.major() == before.major() + 1) {
            return true;
        }
        // 5 → 5A → 5B: a lettered item under the one before
        return after.major() == before.major() && after.printed().compareTo(before.printed()) > 0;
    }

    /** A reference's letters ({@code FGB} of {@code FGB 98/2122}). */
    private static String prefix(ItemNumber n) {
        return n.printed().replaceAll("[^A-Za-z].*$", "");
    }

    /** A line recording the end of the meeting ({@code The meeting closed at 9.15 pm}). */
    public static boolean closesMeeting(TextLine line) {
        return PaperLimits.closesMeeting(line);
    }
}
