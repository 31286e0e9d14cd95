package org.boardpack.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.boardpack.app.query.ActionCriteria;
import org.boardpack.app.query.AsOfDays;
import org.boardpack.app.query.OwnerMatch;
import org.boardpack.app.query.WordMatch;
import org.boardpack.model.actions.ActionStatus;

/**
 * The action register's parameters, as {@code boardpack actions} takes them: words ({@code q}),
 * {@code status}, {@code owner}, {@code overdue}, {@code as_of} (the day overdue is judged on,
 * today by default), the meeting filters, {@code page} and {@code size} ({@link Paging}).
 */
public record RegisterForm(String q, String status, String owner, boolean overdue, String asOfText,
                           MeetingFilters meetings, Paging paging, ActionCriteria criteria) {

    public static final List<String> STATUSES =
            Arrays.stream(ActionStatus.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    public static final Set<String> NAMES;
    /** Actions a page of the register shows unless {@code size} says otherwise. */
    public static final int PAGE_SIZE = 50;

    static {
        Set<String> names = new HashSet<>(MeetingFilters.NAMES);
        names.addAll(List.of("q", "status", "owner", "overdue", "as_of", "page", "size"));
        NAMES = Set.copyOf(names);
    }

    public static RegisterForm of(Params p, Clock clock) {
        MeetingFilters meetings = MeetingFilters.of(p);
        String status = p.choice("status", STATUSES, null);
        String owner = p.text("owner");
        String asOfText = p.text("as_of");
        LocalDate asOf;
        try {
            asOf = asOfText == null ? LocalDate.now(clock) : LocalDate.parse(asOfText);
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("as_of: '" + Params.clip(asOfText) + "' is not a date; give YYYY-MM-DD");
        }
        String q = p.text("q");
        boolean overdue = p.flag("overdue");
        ActionCriteria criteria = new ActionCriteria(new WordMatch(q == null ? List.of() : List.of(q.split("\\s+"))),
                status == null ? null : ActionStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                owner == null ? null : new OwnerMatch(owner), overdue, AsOfDays.on(asOf), meetings.dates());
        return new RegisterForm(q, status, owner, overdue, asOfText, meetings, Paging.of(p, PAGE_SIZE), criteria);
    }

    /** These filters as a query string (no page), for links and downloads. */
    public QueryString query() {
        return new QueryString().add("q", q).add("status", status).add("owner", owner).add("overdue", overdue ? "1" : null)
                .add("as_of", asOfText).add("body", meetings.body()).add("from", meetings.from()).add("to", meetings.to());
    }

    /** These filters, and the size when not the default, at another page: a pager's link. */
    public QueryString pageQuery(int page) {
        return query().add("size", paging.size() == PAGE_SIZE ? null : paging.size()).add("page", page);
    }
}
