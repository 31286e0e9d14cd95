package org.boardpack.app.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;

/**
 * The day an action's deadline is judged on, body by body: the day asked for, else the latest
 * meeting of the action's body in the index — the last state its papers show. Judged against
 * today, every open action of a corpus of old papers would be overdue. A body with no dated
 * meeting falls back to the given day.
 */
public final class AsOfDays {

    private final LocalDate fixed;
    private final PackSearcher searcher;
    private final LocalDate fallback;
    private final Map<String, LocalDate> used = new LinkedHashMap<>();

    private AsOfDays(LocalDate fixed, PackSearcher searcher, LocalDate fallback) {
        this.fixed = fixed;
        this.searcher = searcher;
        this.fallback = fallback;
    }

    /** The same day for every body. */
    public static AsOfDays on(LocalDate day) {
        return new AsOfDays(day, null, day);
    }

    /** Each body's latest meeting in the index, else {@code fallback}. */
    public static AsOfDays latestMeeting(PackSearcher searcher, LocalDate fallback) {
        return new AsOfDays(null, searcher, fallback);
    }

    /** Whether one day was asked for, for every body. */
    public boolean isFixed() {
        return fixed != null;
    }

    /** The day asked for every body, or null when each body has its own. */
    public LocalDate fixedDay() {
        return fixed;
    }

    /** The day for the actions of this body (name as the index holds it). */
    public LocalDate of(String body) throws IndexException {
        if (fixed != null) {
            return fixed;
        }
        LocalDate day = used.get(body);
        if (day == null) {
            day = latest(body);
            used.put(body, day);
        }
        return day;
    }

    /** The days looked up so far, by body, in the order asked: what a front end tells its user. */
    public Map<String, LocalDate> used() {
        return Collections.unmodifiableMap(used);
    }

    private LocalDate latest(String body) throws IndexException {
        if (body == null) {
            return fallback;
        }
        LocalDate latest = null;
        try {
            for (IndexedRecord m : searcher.records(RecordSelection.all(new SearchFilters(Set.of("meeting"), body,
                    DateRange.ANY)))) {
                LocalDate d = parse(m.date());
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("meetings are listed without a query", e);
        }
        return latest != null ? latest : fallback;
    }

    private static LocalDate parse(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
