package org.boardpack.cli;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.boardpack.app.query.KnownBodies;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --body B --from D --to D}: the meeting filters shared by every command that lists records
 * (search, decisions, actions, people, export). A wrong value is a usage error naming its option.
 */
final class MeetingFilterOptions {

    @Option(names = "--body", paramLabel = "B",
            description = "Only records of this body, by name or slug in any case "
                    + "('BLMK Partnership Board', 'blmk-partnership-board').")
    String body;

    @Option(names = "--from", paramLabel = "D",
            description = "Only meetings on or after D: YYYY-MM-DD, or YYYY-MM / YYYY for the start of that month / year.")
    String from;

    @Option(names = "--to", paramLabel = "D",
            description = "Only meetings on or before D: YYYY-MM-DD, or YYYY-MM / YYYY for the end of that month / year.")
    String to;

    /** The meeting dates asked for; {@link DateRange#ANY} when neither bound is given. */
    DateRange dates(CommandLine cl) {
        LocalDate start;
        LocalDate end;
        try {
            start = DateRange.startOf(from);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--from: " + e.getMessage());
        }
        try {
            end = DateRange.endOf(to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--to: " + e.getMessage());
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw new CommandLine.ParameterException(cl, "--from " + from + " is after --to " + to);
        }
        return new DateRange(start, end);
    }

    /** These filters over records of the given types (empty: every type). */
    SearchFilters filters(CommandLine cl, Collection<String> types) {
        DateRange dates = dates(cl);
        Set<String> typeSet = new LinkedHashSet<>();
        types.forEach(t -> typeSet.add(t.strip().toLowerCase(Locale.ROOT)));
        try {
            return new SearchFilters(typeSet, body, dates);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--type: " + e.getMessage());
        }
    }

    /**
     * Throws a usage error (exit 2) when {@code body} names no body of the index, listing those it
     * has; nothing when it does or is null.
     */
    static void requireKnownBody(CommandLine cl, PackSearcher searcher, String body) throws IndexException {
        List<String> bodies = new KnownBodies(searcher).insteadOf(body);
        if (bodies != null) {
            throw new CommandLine.ParameterException(cl, KnownBodies.unknown(body, bodies));
        }
    }
}
