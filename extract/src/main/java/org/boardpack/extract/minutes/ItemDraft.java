package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.layout.Cell;
import org.boardpack.extract.layout.LinePitch;

/** An item of minutes being read: its heading, and the lines of its discussion and action column. */
final class ItemDraft {

    private final String number;
    private final String minuteRef;
    private String title;
    private final int page;
    private final boolean bold;
    private final boolean caps;
    private final String lead;
    private final boolean heading;
    private float x = Float.NEGATIVE_INFINITY;
    final List<MinutesLine> discussion = new ArrayList<>();
    final List<MinutesLine> actions = new ArrayList<>();

    ItemDraft(String number, String minuteRef, String title, int page, boolean bold, boolean caps, String lead,
              boolean heading) {
        this.number = number;
        this.minuteRef = minuteRef;
        this.title = title;
        this.page = page;
        this.bold = bold;
        this.caps = caps;
        this.lead = lead;
        this.heading = heading;
    }

    static ItemDraft of(HeadingFinder.Heading h, int page, float numberX) {
        boolean heading = h.kind() != HeadingFinder.Kind.PARAGRAPH;
        ItemDraft d = new ItemDraft(h.number(), h.minuteRef(), h.title(), page, heading && h.bold(),
                heading && h.caps(), h.lead(), heading);
        d.x = numberX;
        return d;
    }

    String number() {
        return number;
    }

    boolean hasTitle() {
        return title != null;
    }

    void appendTitle(String more) {
        title = title + " " + more;
    }

    /**
     * Whether a line goes on with this item's heading: the heading wrapped onto it, in the same
     * bold type or capitals, at the leading of its first line, before any of the item's text.
     */
    boolean continuesTitle(int linePage, float bottom, Cell cell, int previousPage, float previousBottom,
                           LinePitch pitch) {
        if (title == null || !discussion.isEmpty() || previousPage != linePage
                || pitch.breaksParagraph(bottom - previousBottom)) {
            return false;
        }
        if (cell.left() < x - 1) {
            return false; // out in the margin, left of the heading's number: not its title
        }
        String text = cell.text();
        boolean inCaps = text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase());
        return bold && cell.bold() || caps && !bold && inCaps;
    }

    /** A numbered paragraph of this item: the item's number and title, the paragraph's number as reference. */
    ItemDraft paragraph(String paragraphNumber, int paragraphPage) {
        return new ItemDraft(number, paragraphNumber, title, paragraphPage, false, false, null, false);
    }

    MinutesItem build() {
        return new MinutesItem(number, minuteRef, title == null || title.isBlank() ? null : title.strip(), page,
                discussion, actions, lead, heading);
    }
}
