package org.boardpack.extract.minutes;

import java.util.List;

/**
 * One item of a set of minutes: its number as printed without a trailing dot ({@code 6}, from the
 * {@code Item No.} column or a numbered heading) or its council minute reference
 * ({@code HWB/17/6}), its heading, the page the heading is on, the lines of its discussion and,
 * for minutes laid out as a table, the lines of its action column. Text before the first numbered
 * item of a table ({@code Welcome}) is an item without a number.
 */
public record MinutesItem(String number, String minuteRef, String title, int page,
                          List<MinutesLine> discussion, List<MinutesLine> actions) {

    public MinutesItem {
        discussion = List.copyOf(discussion);
        actions = List.copyOf(actions);
    }
}
