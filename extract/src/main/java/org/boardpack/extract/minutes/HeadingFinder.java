package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.ingest.TextLine;

/**
 * Which numbered lines of a paper (minutes, or an agenda set as numbered lines) are its item
 * headings, which are sub-headings, and which are numbered paragraphs inside an item.
 * <p>
 * Item headings stand in one column: the heading column, the left edge of the numbers that look
 * most like headings (bold, capitals, or a number set apart in its own column), taken as the
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
     * line).
     */
    public record Heading(Kind kind, String number, String minuteRef, String title, String lead,
                          boolean bold, boolean caps, String printed) {
    }

    /** Share of a page's lines that, numbered one after another, make the numbers line numbers. */
    private static final float LINE_NUMBERED = 0.6f;
    private static final int LINE_NUMBERED_MIN = 8;
    /** Share of those lines that go on with a sentence from the line before (start in lower case). */
    private static final float RUN_ON_LINES = 0.25f;
    /** Words a sub-heading standing alone may have, and one ending with a full stop. */
    private static final int SUB_TITLE_WORDS = 6;
    private static final int SUB_TITLE_WORDS_STOPPED = 4;
    /** Words a bold sub-heading label or a lettered sub-heading may have. */
    private static final int LABEL_WORDS = 8;
    /** Words a plain heading set apart from its number may have and still be a heading alone. */
    private static final int APART_TITLE_WORDS = 12;
    /** Points by which text under a heading line stands right of its number to be nested under it. */
    private static final float NESTED_INDENT = 1f;
    /** Column tolerance, in line pitches: less than the width of a figure, so an indented list is not in it. */
    private static final float COLUMN_PITCHES = 0.5f;

    private static final Pattern CLOSE = Pattern.compile("(?i)^(?:the\\s+)?(?:chair(?:man|person)?\\s+)?"
            + Lexicon.alternation("meeting-close") + "\\b.*\\d");

    /** The headings of the paper's lines, one entry per line ({@code null} for a line that is none). */
    public List<Heading> find(List<Line> lines, LinePitch pitch) {
        int n = lines.size();
        List<NumberedLine> numbered = new ArrayList<>(n);
        for (Line l : lines) {
            numbered.add(l.ruled() ? null : NumberedLine.of(l.line(), l.cells(), l.pageWidth()).orElse(null));
        }
        float tol = Math.max(3f, pitch.pitch() * COLUMN_PITCHES);
        Set<Integer> lineNumbered = lineNumberedPages(lines, numbered);
        int end = closingLine(lines);
        List<Integer> candidates = new ArrayList<>();
        List<Boolean> strong = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            NumberedLine nl = numbered.get(i);
            if (nl == null || lineNumbered.contains(lines.get(i).page()) || !topCandidate(nl)) {
                continue;
            }
            candidates.add(i);
            strong.add(strong(nl));
        }
        Column column = Column.of(candidates, strong, numbered, tol);
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
            if (i > 0 && lines.get(i - 1).line().text().strip().endsWith(":")) {
                listAt = nl.x0(); // "Committee resolved to:" – what follows is a list of points
            }
            boolean listed = !Float.isNaN(listAt) && Math.abs(nl.x0() - listAt) <= tol;
            if (lineNumbered.contains(lines.get(i).page())) {
                continue;
            }
            int c = candidates.indexOf(i);
            if (c >= 0 && column.holds(nl) && (strong.get(c) && (!interrupted || goesOn(nl, topLine))
                    || !interrupted && followsOn(nl, topLine, candidates, c, numbered, column))) {
                top = item(nl, Kind.ITEM, topNumber(nl), topRef(nl));
                topLine = nl;
                interrupted = false;
                listAt = Float.NaN;
                sub = null;
                out.set(i, top);
                continue;
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
                if (owner == top && isSubHeading(nl, lines, numbered, i, tol)) {
                    sub = item(nl, Kind.SUB_ITEM, number.printed(), top.minuteRef() == null ? null : number.printed());
                    out.set(i, sub);
                } else {
                    out.set(i, new Heading(Kind.PARAGRAPH, owner.number(), number.printed(), owner.title(), null,
                            false, false, number.printed()));
                }
            } else if (listed) {
                continue;
            } else if (number.level() == ItemNumber.Level.WHOLE && number.major() == topLine.number().major()
                    && !number.printed().equals(topLine.number().printed()) && column.reaches(nl)
                    && isLetterHeading(nl, lines, numbered, i, tol)) {
                // 5-A under 5, indented under its item
                sub = item(nl, Kind.SUB_ITEM, number.printed(), null);
                out.set(i, sub);
            } else if (number.level() == ItemNumber.Level.LETTER && column.reaches(nl)
                    && isLetterHeading(nl, lines, numbered, i, tol)) {
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

    /** A whole number or committee reference, or a capital letter set in its own column ({@code A. | Title}). */
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
        return level == ItemNumber.Level.WHOLE || level == ItemNumber.Level.REFERENCE;
    }

    /** A letter and a full stop: an initial, or a key's letter, not a title's first word. */
    private static boolean isInitial(String word) {
        return word.matches("[A-Za-z]\\.");
    }

    /** Set as a heading: bold, capitals, or a short title apart from its number. */
    private static boolean strong(NumberedLine nl) {
        if (!nl.titleCapitalised() && !nl.numberBold() && !nl.titleBold()) {
            return false;
        }
        return nl.numberBold() || nl.titleBold() || nl.titleCaps()
                || nl.apart() && nl.titleWords() <= APART_TITLE_WORDS;
    }

    /**
     * A plain numbered line in the heading column is an item when it goes on from the item before
     * it ({@code 6} after {@code 5}, {@code 5A} after {@code 5}), or, as the first, when the next
     * one goes on from it.
     */
    private static boolean followsOn(NumberedLine nl, NumberedLine previous, List<Integer> candidates, int c,
                                     List<NumberedLine> numbered, Column column) {
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

    private static boolean next(ItemNumber before, ItemNumber after) {
        if (before.level() == ItemNumber.Level.LETTER || after.level() == ItemNumber.Level.LETTER) {
            return before.level() == after.level() && after.printed().charAt(0) == before.printed().charAt(0) + 1;
        }
        if (after.major() == before.major() + 1) {
            return true;
        }
        // 5 → 5A → 5B: a lettered item under the one before
        return after.major() == before.major() && after.printed().compareTo(before.printed()) > 0;
    }

    /** A dotted sub-number that heads a part of the item rather than numbering a paragraph. */
    private static boolean isSubHeading(NumberedLine nl, List<Line> lines, List<NumberedLine> numbered, int i,
                                        float tol) {
        if (nl.titleBold()) {
            return labelWords(nl) <= LABEL_WORDS;
        }
        String last = nl.title().getLast().text();
        int words = nl.titleWords();
        boolean shortTitle = last.endsWith(".") ? words <= SUB_TITLE_WORDS_STOPPED : words <= SUB_TITLE_WORDS;
        return shortTitle && !last.endsWith(";") && !last.endsWith(",") && nestedBelow(nl, lines, numbered, i, tol);
    }

    /**
     * A lettered line heading a part of an item: capitalised, and bold, or short with text nested
     * under it, or a short title (no full stop) with text standing under it.
     */
    private static boolean isLetterHeading(NumberedLine nl, List<Line> lines, List<NumberedLine> numbered, int i,
                                           float tol) {
        // a title, not an initial or a key's letter ("B. | G. (a little off the map)")
        boolean initial = nl.number().level() == ItemNumber.Level.LETTER && isInitial(nl.title().getFirst().text());
        if (!nl.titleCapitalised() || initial) {
            return false;
        }
        boolean wholeBold = nl.title().stream().allMatch(w -> w.bold());
        String last = nl.title().getLast().text();
        boolean shortTitle = nl.titleWords() <= SUB_TITLE_WORDS && !last.endsWith(".") && !last.endsWith(";")
                && !last.endsWith("?");
        return wholeBold || nl.titleWords() <= LABEL_WORDS && nestedBelow(nl, lines, numbered, i, tol)
                || shortTitle && textBelow(nl, lines, numbered, i);
    }

    /** The line after a lettered heading is text standing under it ({@code a. Minutes} over its paragraph). */
    private static boolean textBelow(NumberedLine nl, List<Line> lines, List<NumberedLine> numbered, int i) {
        return i + 1 < lines.size() && numbered.get(i + 1) == null && !lines.get(i + 1).ruled()
                && lines.get(i + 1).line().x0() >= nl.x0() - NESTED_INDENT;
    }

    /** Words of the bold label a line opens with. */
    private static int labelWords(NumberedLine nl) {
        int k = 0;
        while (k < nl.title().size() && nl.title().get(k).bold()) {
            k++;
        }
        return k;
    }

    /**
     * Whether the line after a short heading line is its content: a deeper number of it, or text
     * indented beyond the heading's number, however little (not the next heading, a sibling, or text out at the
     * margin that closes the minutes).
     */
    private static boolean nestedBelow(NumberedLine nl, List<Line> lines, List<NumberedLine> numbered, int i,
                                       float tol) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        NumberedLine next = numbered.get(i + 1);
        if (next != null) {
            return next.number().isSubOf(nl.number().printed())
                    || next.number().level() == ItemNumber.Level.LETTER && nl.number().level() != ItemNumber.Level.LETTER;
        }
        return lines.get(i + 1).line().x0() > nl.x0() + NESTED_INDENT;
    }

    /** Pages whose lines are numbered one after another, most of them: a transcript's line numbers. */
    private static Set<Integer> lineNumberedPages(List<Line> lines, List<NumberedLine> numbered) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            int page = lines.get(i).page();
            int total = 0;
            int consecutive = 0;
            int runOn = 0;
            int previous = Integer.MIN_VALUE;
            for (; i < lines.size() && lines.get(i).page() == page; i++) {
                total++;
                NumberedLine nl = numbered.get(i);
                if (nl != null && nl.number().level() == ItemNumber.Level.WHOLE && nl.number().head().matches("\\d+")) {
                    if (nl.number().major() == previous + 1) {
                        consecutive++;
                        runOn += nl.titleCapitalised() ? 0 : 1;
                    }
                    previous = nl.number().major();
                }
            }
            // a list of items is numbered line by line too, but its lines are titles; a transcript's
            // numbered lines carry sentences on from line to line
            if (consecutive >= LINE_NUMBERED_MIN && consecutive >= total * LINE_NUMBERED
                    && runOn >= consecutive * RUN_ON_LINES) {
                out.add(page);
            }
        }
        return out;
    }

    /** The index of the line that closes the meeting, or the number of lines. */
    private static int closingLine(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (closesMeeting(lines.get(i).line())) {
                return i;
            }
        }
        return lines.size();
    }

    /** A line recording the end of the meeting ({@code The meeting closed at 9.15 pm}). */
    public static boolean closesMeeting(TextLine line) {
        return CLOSE.matcher(line.text().strip()).find();
    }

    /** The heading column: where the item numbers stand (left edge, or right edge when right-aligned). */
    private record Column(float left, float right, float tol) {

        static Column of(List<Integer> candidates, List<Boolean> strong, List<NumberedLine> numbered, float tol) {
            Column best = leftmostUsedTwice(candidates, strong, numbered, tol, true);
            if (best == null) {
                best = leftmostUsedTwice(candidates, strong, numbered, tol, false);
            }
            if (best == null) {
                for (int k = 0; k < candidates.size(); k++) {
                    if (strong.get(k)) {
                        NumberedLine nl = numbered.get(candidates.get(k));
                        return new Column(nl.x0(), nl.x1(), tol);
                    }
                }
            }
            return best;
        }

        private static Column leftmostUsedTwice(List<Integer> candidates, List<Boolean> strong,
                                                List<NumberedLine> numbered, float tol, boolean strongOnly) {
            Column best = null;
            for (int k = 0; k < candidates.size(); k++) {
                if (strongOnly && !strong.get(k)) {
                    continue;
                }
                NumberedLine nl = numbered.get(candidates.get(k));
                Column c = new Column(nl.x0(), nl.x1(), tol);
                int uses = 0;
                for (int j = 0; j < candidates.size(); j++) {
                    if ((!strongOnly || strong.get(j)) && c.holds(numbered.get(candidates.get(j)))) {
                        uses++;
                    }
                }
                if (uses >= 2 && (best == null || c.left() < best.left())) {
                    best = c;
                }
            }
            return best;
        }

        boolean holds(NumberedLine nl) {
            return Math.abs(nl.x0() - left) <= tol || Math.abs(nl.x1() - right) <= tol;
        }

        boolean startsAt(float x) {
            return Math.abs(x - left) <= tol;
        }

        /** Sub-headings stand in the heading column or to its right. */
        boolean reaches(NumberedLine nl) {
            return nl.x0() >= left - tol;
        }
    }
}
