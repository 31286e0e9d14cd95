package org.boardpack.web;

import java.time.LocalDate;
import java.util.Set;
import org.boardpack.index.DateRange;
import org.boardpack.index.SearchFilters;

/**
 * {@code body}, {@code from}, {@code to}: the meeting filters of every listing page, as the command
 * line's {@code --body --from --to} take them (dates YYYY-MM-DD, YYYY-MM or YYYY).
 */
public record MeetingFilters(String body, String from, String to, DateRange dates) {

    public static final Set<String> NAMES = Set.of("body", "from", "to");

    public static MeetingFilters of(Params p) {
        String from = p.text("from");
        String to = p.text("to");
        LocalDate start;
        LocalDate end;
        try {
            start = DateRange.startOf(from);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("from: " + e.getMessage());
        }
        try {
            end = DateRange.endOf(to);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("to: " + e.getMessage());
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw HttpProblem.badRequest("from " + from + " is after to " + to);
        }
        return new MeetingFilters(p.text("body"), from, to, new DateRange(start, end));
    }

    /** These filters over records of the given types (empty: every type). */
    public SearchFilters over(Set<String> types) {
        try {
            return new SearchFilters(types, body, dates);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("type: " + e.getMessage());
        }
    }
}
