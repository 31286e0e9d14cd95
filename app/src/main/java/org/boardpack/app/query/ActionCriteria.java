package org.boardpack.app.query;

import java.time.LocalDate;
import java.util.StringJoiner;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.model.dates.PartialDates;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.DueDates;
import org.boardpack.app.register.HistoryEntry;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.UncheckedIndexException;

/**
 * What {@code boardpack actions} keeps, for linked actions and raw rows alike: the query's words,
 * a status, an owner, overdue on the as-of day of the action's body, and meetings within a date range (a linked action
 * when any paper that listed it is of a meeting in the range). A null criterion keeps everything.
 */
public record ActionCriteria(WordMatch words, ActionStatus status, OwnerMatch owner, boolean overdue, AsOfDays asOf,
                      DateRange dates) {

    public boolean accepts(LinkedAction a) {
        if (status != null && a.status() != status) {
            return false;
        }
        if (owner != null && !owner.matches(a.owner(), a.ownerName())) {
            return false;
        }
        if (overdue && !a.overdue()) {
            return false;
        }
        if (!dates.isOpen() && a.history().stream().noneMatch(h -> PartialDates.firstDay(h.date())
                .filter(dates::contains).isPresent())) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        StringJoiner text = new StringJoiner(" ");
        add(text, a.ref(), a.item(), a.owner(), a.ownerName(), a.statusText());
        for (HistoryEntry h : a.history()) {
            add(text, h.description());
        }
        a.updates().forEach(u -> add(text, u.text()));
        return words.matches(text.toString());
    }

    public boolean accepts(ActionSnapshot s) {
        Action a = s.action();
        if (status != null && a.status() != status) {
            return false;
        }
        if (owner != null && !owner.matches(a.owner(), a.ownerName())) {
            return false;
        }
        if (overdue && (a.status() == ActionStatus.CLOSED || !DueDates.before(a.due(), day(s.body())))) {
            return false;
        }
        if (!dates.isOpen() && (s.date() == null || !dates.contains(s.date()))) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        StringJoiner text = new StringJoiner(" ");
        add(text, a.ref(), a.item(), a.description(), a.owner(), a.ownerName(), a.statusText());
        if (a.updates() != null) {
            for (ActionUpdate u : a.updates()) {
                add(text, u.text());
            }
        }
        return words.matches(text.toString());
    }

    private LocalDate day(String body) {
        try {
            return asOf.of(body);
        } catch (IndexException e) {
            throw new UncheckedIndexException(e);
        }
    }

    private static void add(StringJoiner j, String... parts) {
        for (String p : parts) {
            if (p != null) {
                j.add(p);
            }
        }
    }
}
