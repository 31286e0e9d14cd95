package org.boardpack.extract.minutes;

import java.util.List;

/**
 * One item of a set of minutes: its number as printed without a trailing dot ({@code 6}, from the
 * {@code Item No.} column or a numbered heading; the agenda number where the heading prints one
 * beside its minute number), its minute reference where that is how the item is cited (a council
 * minute reference {@code HWB/17/6}, the minute number of {@code 42. (Agenda 1)}, a paragraph's
 * {@code 4.2}), its heading, the lead printed with the heading, the page the heading is on, the
 * lines of its discussion and, for minutes laid out as a table, the lines of its action column.
 * {@code heading} is false for a numbered paragraph of an item (which repeats its item's number
 * and title) and for text before the first numbered item of a table ({@code Welcome}).
 */
public record MinutesItem(String number, String minuteRef, String title, int page,
                          List<MinutesLine> discussion, List<MinutesLine> actions, String lead, boolean heading) {

    public MinutesItem {
        discussion = List.copyOf(discussion);
        actions = List.copyOf(actions);
    }
}
