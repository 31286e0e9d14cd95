package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.dates.TimeParser;

/**
 * The agenda's items as they are read row by row: the current item, its current sub-item, and
 * which of them the lead and time cells of the rows being read belong to.
 */
final class ItemList {

    private static final class Draft {
        private final String number;
        private final StringBuilder title;
        private final int page;
        private final boolean bold;
        private final float x0;
        private final Draft parent;
        private boolean titleOpen;
        private String lead;
        private String time;

        Draft(String number, String title, int page, boolean bold, float x0, Draft parent) {
            this.number = number;
            this.title = new StringBuilder(title == null ? "" : title);
            this.page = page;
            this.bold = bold;
            this.x0 = x0;
            this.parent = parent;
            this.titleOpen = title != null;
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    private Draft item;
    /** The draft whose lead cell the last lead text went to. */
    private Draft leadHolder;
    private Draft sub;

    void startItem(String number, String title, int page, boolean bold, float x0) {
        item = new Draft(number, title, page, bold, x0, null);
        sub = null;
        drafts.add(item);
    }

    void startSub(String letter, String title, int page, float x0) {
        item.titleOpen = false;
        sub = new Draft(item.number + letter, title, page, false, x0, item);
        drafts.add(sub);
    }

    boolean inItem() {
        return item != null && item.number != null;
    }

    /** Whether {@code number} is a dotted sub-number of the item being read ({@code 5.1} under item 5). */
    boolean isSubNumber(String number) {
        return inItem() && number.startsWith(item.number + ".") && number.length() > item.number.length() + 1;
    }

    /** A sub-item printed with its dotted number ({@code 5.1 Operational performance}). */
    void startNumberedSub(String number, String title, int page, float x0) {
        startSub(number.substring(item.number.length()), title, page, x0);
    }

    /**
     * A line of the item column that starts nothing: a wrapped sub-item title (plain, under the
     * sub-item's text, no gap), a wrapped bold title (bold, no gap), a plain title whose cell the
     * line above filled ({@code wrapped}: its next word did not fit), else description, which ends
     * the title.
     */
    void continueTitle(String text, boolean bold, float x0, boolean gap, boolean wrapped) {
        if (sub != null && sub.titleOpen && !gap && !bold && x0 >= sub.x0 - 1) {
            sub.title.append(' ').append(text);
        } else if (sub == null && item != null && item.titleOpen && !gap
                && (item.bold && bold || !item.bold && !bold && wrapped && x0 >= item.x0 - 1)) {
            item.title.append(' ').append(text);
        } else {
            if (item != null) {
                item.titleOpen = false;
            }
            if (sub != null) {
                sub.titleOpen = false;
            }
        }
    }

    /** A lead cell: the started item's own on its first line, else more of the lead above. */
    void lead(String text, boolean startLine) {
        Draft holder = holder();
        if (text == null || holder == null) {
            return;
        }
        leadHolder = holder;
        if (startLine || holder.lead == null) {
            holder.lead = holder.lead == null ? text : holder.lead;
        } else {
            holder.lead = holder.lead + " " + text;
        }
    }

    /**
     * A time cell: an agenda's times are the items' slots, so the item takes the first time found
     * in its rows (even on a sub-item's line); a later one is its sub-item's own.
     */
    void time(String text) {
        if (text == null || item == null) {
            return;
        }
        if (item.time == null) {
            item.time = text;
        } else if (sub != null && sub.time == null) {
            sub.time = text;
        }
    }

    /**
     * More of a lead cell that wraps on past a sub-item's number, inside one ruled cell
     * ({@code Chief Operating / Officer / Chief People Officer} beside {@code 5}, {@code 5.1},
     * {@code 5.2}): the lead of the draft whose lead cell it is.
     */
    void leadGoesOn(String text) {
        if (text != null && leadHolder != null) {
            leadHolder.lead = leadHolder.lead == null ? text : leadHolder.lead + " " + text;
        }
    }

    private Draft holder() {
        return sub != null ? sub : item;
    }

    List<AgendaItem> build(String meetingId, TimeParser times) {
        List<AgendaItem> out = new ArrayList<>();
        for (Draft d : drafts) {
            String title = AgendaTitle.clean(d.title.toString());
            if (title == null) {
                continue;
            }
            String lead = d.lead != null ? d.lead : d.parent != null ? d.parent.lead : null;
            String time = d.time != null ? d.time : d.parent != null ? d.parent.time : null;
            String clock = time == null ? null : times.find(time).orElse(null);
            out.add(new AgendaItem(meetingId, d.number, title, lead == null ? null : lead.strip(), clock, d.page));
        }
        return out;
    }
}
