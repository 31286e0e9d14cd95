package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.extract.minutes.HeadingFinder;
import org.boardpack.extract.minutes.HeadingText;
import org.boardpack.extract.minutes.ItemNumber;
import org.boardpack.extract.minutes.NumberedLine;
import org.boardpack.ingest.TextLine;

/**
 * An agenda set as numbered lines without a table header ({@code 1. APOLOGIES FOR ABSENCE}, a
 * number in its own column, items with lettered lines under them). The items are the numbered
 * headings {@link HeadingFinder} finds in the heading column; under an item, every lettered line
 * ({@code a) To receive the financial statement}), dotted number ({@code 5.1 The Advisory Board})
 * or number indented below it ({@code 1.} under item 6, read as {@code 6.1}) is a sub-item. Other
 * lines under an item are its description, except a first line naming who brings it
 * ({@code Report of the Corporate Director, Finance & Governance}), which is its lead; an
 * unnumbered bold heading back in the heading column ({@code Action List}) ends the items above it.
 * Notes out in the margin left of the numbers (page ranges, {@code 7 - 24}) are neither.
 * Entries in columns to the right of an item's title are its time (a clock time) or its lead (a
 * name or initials; an entry with figures is a page or paper reference, one without letters a
 * placeholder such as {@code --}).
 */
final class NumberedAgenda {

    private static final Pattern LEAD_LINE = Pattern.compile("(?i)^" + Lexicon.alternation("agenda-lead-labels")
            + "\\s*:?\\s+(\\S.*)$");
    /**
     * What follows the lead on its line and is not the lead: the pages of the pack the paper is on
     * ({@code Report of the Head of Planning. (Pages 9 - 20)}).
     */
    private static final Pattern PAGE_REFERENCE = Pattern.compile(
            "(?i)\\s*\\((?:pages?|pp?\\.?)\\s*\\d+(?:\\s*[-–—,]\\s*\\d+)*\\)\\s*$");
    private static final Pattern CLOCK = Pattern.compile("(?i)^\\d{1,2}(?:[.:]\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?|hrs)?$");

    /** Words a numbered sub-item's title may have. */
    private static final int NESTED_TITLE_WORDS = 10;

    private final HeadingFinder finder = new HeadingFinder();
    private final TimeParser times;

    NumberedAgenda(TimeParser times) {
        this.times = times;
    }

    private static final class Draft {
        final String number;
        final StringBuilder title;
        final int page;
        final float x;
        final boolean bold;
        final Draft parent;
        String lead;
        String time;
        boolean titleOpen = true;
        boolean described;
        int nested;

        Draft(String number, String title, int page, float x, boolean bold, Draft parent) {
            this.number = number;
            this.title = new StringBuilder(title == null ? "" : title);
            this.page = page;
            this.x = x;
            this.bold = bold;
            this.parent = parent;
        }
    }

    List<AgendaItem> read(List<HeadingFinder.Line> lines, LinePitch pitch, String meetingId) {
        List<HeadingFinder.Heading> headings = finder.find(lines, pitch);
        float tol = pitch.pitch() * 0.6f;
        List<Draft> drafts = new ArrayList<>();
        Draft item = null;
        Draft open = null;
        HeadingFinder.Line previous = null;
        for (int i = 0; i < lines.size(); i++) {
            HeadingFinder.Line l = lines.get(i);
            HeadingFinder.Heading h = headings.get(i);
            NumberedLine nl = NumberedLine.of(l.line(), l.cells(), l.pageWidth()).orElse(null);
            boolean starts = h != null && h.kind() == HeadingFinder.Kind.ITEM;
            String subNumber = !starts && item != null && nl != null ? subNumber(item, nl, tol) : null;
            if (starts) {
                item = new Draft(h.number() != null ? h.number() : h.minuteRef(), HeadingText.ofEntry(nl.title()).title(),
                        l.page(), nl.x0(), h.bold(), null);
                columns(item, nl.columns());
                item.lead = item.lead != null ? item.lead : HeadingText.ofEntry(nl.title()).lead();
                drafts.add(item);
                open = item;
            } else if (subNumber != null) {
                HeadingText.Parts parts = HeadingText.ofEntry(nl.title());
                Draft sub = new Draft(subNumber, parts.title(), l.page(), nl.title().getFirst().x0(),
                        false, item);
                columns(sub, nl.columns());
                drafts.add(sub);
                open = sub;
            } else if (open != null && l.line().x0() >= item.x - 1) {
                boolean gap = previous == null || previous.page() != l.page()
                        || pitch.breaksParagraph(l.line().bottom() - previous.line().bottom());
                String text = l.line().text().strip();
                if (open.titleOpen && !gap && continues(open, l.line())) {
                    open.title.append(' ').append(text);
                } else {
                    open.titleOpen = false;
                    // the description's own column: not a page range wrapped in the margin beside it ("24)")
                    describe(item, l.line().segments(1.5f).getFirst().text().strip());
                    if (l.line().bold() && l.line().x0() <= item.x + tol) {
                        item = null; // a section heading of its own: what follows is not this item's
                        open = null;
                    }
                }
            }
            previous = l;
        }
        List<AgendaItem> out = new ArrayList<>();
        for (Draft d : drafts) {
            String title = AgendaTitle.clean(d.title.toString());
            if (title == null) {
                continue;
            }
            String lead = d.lead != null ? d.lead : d.parent != null ? d.parent.lead : null;
            String time = d.time != null ? d.time : d.parent != null ? d.parent.time : null;
            out.add(new AgendaItem(meetingId, d.number, title, lead, time == null ? null : times.find(time).orElse(null),
                    d.page));
        }
        return out;
    }

    /** A sub-item's number, if the line numbers one under the item. */
    private static String subNumber(Draft item, NumberedLine nl, float tol) {
        ItemNumber n = nl.number();
        if (item.number == null || nl.title().isEmpty() || !nl.titleCapitalised() && n.level() != ItemNumber.Level.LETTER) {
            return null;
        }
        return switch (n.level()) {
            case SUB -> n.isSubOf(item.number) ? n.printed() : null;
            case LETTER -> nl.x0() >= item.x - tol
                    ? item.number + (n.head().startsWith("(") || n.head().endsWith(")") ? "(" + n.printed() + ")" : n.printed())
                    : null;
            case WHOLE -> nestedNumber(item, nl, tol);
            case REFERENCE, SEQUENCE -> null;
        };
    }

    /**
     * {@code 1.} indented under item 6 is sub-item {@code 6.1}: a short list under the item, numbered
     * from one with its punctuation ({@code 1.}, {@code 1)}), each entry a title.
     */
    private static String nestedNumber(Draft item, NumberedLine nl, float tol) {
        ItemNumber n = nl.number();
        boolean punctuated = n.head().endsWith(".") || n.head().endsWith(")");
        boolean title = Character.isLetter(nl.title().getFirst().text().charAt(0)) && nl.titleWords() <= NESTED_TITLE_WORDS;
        int expected = item.nested + 1;
        if (nl.x0() <= item.x + tol || !n.printed().matches("\\d+") || !punctuated || !title || n.major() != expected) {
            return null;
        }
        item.nested = expected;
        return item.number + "." + n.printed();
    }

    /** A wrapped title: an item's in its bold, a sub-item's indented under its text. */
    private static boolean continues(Draft open, TextLine line) {
        if (open.parent == null) {
            // not a page range printed out in the margin beside the title ("7 - 24")
            return open.bold && line.bold() && line.x0() >= open.x - 1;
        }
        return !line.bold() && line.x0() >= open.x - 1;
    }

    /** The first line under an item may name its lead. */
    private static void describe(Draft item, String text) {
        if (item == null || item.described) {
            return;
        }
        item.described = true;
        Matcher m = LEAD_LINE.matcher(text);
        if (item.lead == null && m.matches()) {
            item.lead = PAGE_REFERENCE.matcher(m.group(1).strip()).replaceFirst("");
        }
    }

    /** Right-hand entries: a clock time is the item's time, anything else with letters its lead. */
    private static void columns(Draft d, List<Cell> cells) {
        for (Cell c : cells) {
            String text = c.text();
            if (CLOCK.matcher(text).matches() && text.matches(".*[:.a-zA-Z].*")) {
                d.time = d.time == null ? text : d.time;
            } else if (text.chars().anyMatch(Character::isLetter) && text.chars().noneMatch(Character::isDigit)
                    && d.lead == null) {
                d.lead = text;
            }
        }
    }
}
