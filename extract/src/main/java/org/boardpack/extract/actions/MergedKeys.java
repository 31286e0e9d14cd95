package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.actions.LogHeader.Role;

/**
 * A log row under a vertically merged cell: Word logs merge the reference, date raised and item
 * cells of several actions raised together ({@code TB/23/44 | 02/11/2023 | Freedom to Speak Up}
 * spanning two action rows), and a table read as a grid leaves the rows under the first empty
 * there. A row with its own action and owner but none of those keys takes them from the row
 * above: the merged cell applies to each row it spans.
 */
final class MergedKeys {

    private static final List<Role> KEYS = List.of(Role.REF, Role.RAISED, Role.ITEM);

    private MergedKeys() {
    }

    /** The row with the keys of the row above filled in, or the row unchanged. */
    static List<String> filled(LogHeader h, List<String> above, List<String> row) {
        boolean keyed = h.has(Role.REF) || h.has(Role.RAISED);
        if (!keyed || !h.has(Role.OWNER) || blank(h.cell(row, Role.DESCRIPTION)) || blank(h.cell(row, Role.OWNER))
                || KEYS.stream().anyMatch(k -> !blank(h.cell(row, k)))
                || KEYS.stream().allMatch(k -> blank(h.cell(above, k)))) {
            return row;
        }
        List<String> out = new ArrayList<>(row);
        for (Role k : KEYS) {
            Integer c = h.columns().get(k);
            if (c != null && c < out.size() && c < above.size()) {
                out.set(c, above.get(c));
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
