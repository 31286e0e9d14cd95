package org.boardpack.index;

import java.util.List;
import java.util.Set;

/**
 * What a hit must be, beside matching the query: one of {@code types} (any when empty), of the
 * body named {@code body} (its name or slug, any case; any when null), and of a meeting within
 * {@code dates}.
 */
public record SearchFilters(Set<String> types, String body, DateRange dates) {

    /** The record types a hit can have, as the index names them. */
    public static final List<String> RECORD_TYPES =
            List.of("meeting", "agenda_item", "attendance", "decision", "action", "table", "page");

    public static final SearchFilters NONE = new SearchFilters(Set.of(), null, DateRange.ANY);

    public SearchFilters {
        types = types == null ? Set.of() : Set.copyOf(types);
        for (String t : types) {
            if (!RECORD_TYPES.contains(t)) {
                throw new IllegalArgumentException("'" + t + "' is not a record type; use one of "
                        + String.join(", ", RECORD_TYPES));
            }
        }
        body = body == null || body.isBlank() ? null : body.strip();
        dates = dates == null ? DateRange.ANY : dates;
    }
}
