package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.boardpack.app.query.ActionCriteria;
import org.boardpack.app.query.ActionLinks;
import org.boardpack.app.query.AsOfDays;
import org.boardpack.app.query.OwnerMatch;
import org.boardpack.app.query.WordMatch;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.UncheckedIndexException;
import org.boardpack.app.register.ActionRegister;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The action register: the actions of every pack linked across the meetings of each body into one
 * action with its history ({@link ActionRegister}), or the raw rows with {@code --snapshots},
 * filtered by words, status, owner, overdue, body and meeting dates. Printing is {@link ActionsPrinter}'s.
 */
@Command(name = "actions", mixinStandardHelpOptions = true,
        description = {"List the actions of the index, each followed across its body's meetings: raised when and by",
                "which meeting, every update and status change, closed when. --snapshots lists the rows as printed."})
final class ActionsCommand implements Callable<Integer> {

    private static final String STATUSES = Arrays.stream(ActionStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Words that must all begin a word of the action (reference, item, description, owner, updates).")
    List<String> query = List.of();

    @Mixin
    IndexOption index;

    @Mixin
    MeetingFilterOptions meetings;

    @Option(names = "--status", paramLabel = "S", description = "Only actions whose latest status is S: open, closing, closed or other.")
    String status;

    @Option(names = "--owner", paramLabel = "NAME",
            description = "Only actions owned by NAME, as printed or as resolved, matched as people matches names: "
                    + "every word of NAME in the owner's name (a surname, a full name; case, accents and honorifics folded).")
    String owner;

    @Option(names = "--overdue", description = "Only actions not closed whose deadline passed before the as-of day.")
    boolean overdue;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day overdue is judged on, YYYY-MM-DD (default: the "
            + "latest meeting of the action's body in the index, the last state its papers show).")
    String asOf;

    @Option(names = "--snapshots", description = "List the rows as each paper printed them, not linked.")
    boolean snapshots;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N (default: all).")
    Integer limit;

    @Option(names = "--json", description = "Print the actions (or rows) as JSON with every field.")
    boolean asJson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where today comes from, the default as-of day. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = asOfDay();
        if (!PackSearcher.exists(index.dir)) {
            err.println("boardpack: no index at " + index.dir + "; run boardpack ingest first");
            return ExitCodes.CANNOT_RUN;
        }
        ActionsPrinter printer = new ActionsPrinter(out, asJson ? 0 : TerminalWidth.detect());
        try (PackSearcher searcher = index.open()) {
            ActionCriteria criteria = criteria(day != null ? AsOfDays.on(day)
                    : AsOfDays.latestMeeting(searcher, LocalDate.now(clock)));
            MeetingFilterOptions.requireKnownBody(spec.commandLine(), searcher, meetings.body);
            if (snapshots) {
                List<ActionSnapshot> rows = ActionRegister.snapshots(searcher, meetings.body).stream()
                        .filter(criteria::accepts).sorted(Comparator.comparing(ActionSnapshot::date,
                                Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(ActionSnapshot::path).thenComparingInt(s -> s.action().page()))
                        .toList();
                List<ActionSnapshot> shown = limited(rows);
                if (asJson) {
                    printer.snapshotsJson(shown);
                } else {
                    summary(out, rows.size(), shown.size(), "row(s)", criteria);
                    if (!shown.isEmpty()) {
                        printer.snapshots(shown);
                    }
                }
            } else {
                // one body's actions linked at a time, only those asked for kept: the list shown is
                // sorted and limited, so it is gathered, but not the whole register with it
                List<LinkedAction> linked = ActionLinks.kept(searcher, meetings.body, criteria.asOf(), criteria);
                List<LinkedAction> shown = limited(linked);
                if (asJson) {
                    printer.linkedJson(shown);
                } else {
                    summary(out, linked.size(), shown.size(), "action(s)", criteria);
                    if (!shown.isEmpty()) {
                        printer.linked(shown);
                    }
                }
            }
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (UncheckedIndexException e) {
            err.println("boardpack: " + e.getCause().getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void summary(PrintWriter out, int total, int shown, String what, ActionCriteria criteria) {
        String of = shown < total ? shown + " of " + total : String.valueOf(total);
        out.printf("%s %s (%s)%n", of, what, asOf(criteria.asOf()));
    }

    /** Which day overdue was judged on: the one asked for, or each body's latest meeting, said so. */
    private static String asOf(AsOfDays days) {
        if (days.isFixed()) {
            return "as of " + days.fixedDay();
        }
        Map<String, LocalDate> used = days.used();
        if (used.size() == 1) {
            Map.Entry<String, LocalDate> only = used.entrySet().iterator().next();
            return "as of " + only.getValue() + ", the latest meeting of " + only.getKey()
                    + " in the index; --as-of DATE to choose";
        }
        StringJoiner each = new StringJoiner("; ", ": ", "").setEmptyValue("");
        used.forEach((body, day) -> each.add(body + " " + day));
        return "as of each body's latest meeting in the index" + each + "; --as-of DATE to choose";
    }

    private <T> List<T> limited(List<T> all) {
        return limit == null || all.size() <= limit ? all : all.subList(0, limit);
    }

    /** The options as criteria; a wrong value is a usage error naming its option. */
    private ActionCriteria criteria(AsOfDays days) {
        ActionStatus wanted = null;
        if (status != null) {
            try {
                wanted = ActionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usage("--status takes one of " + STATUSES + ", not '" + status + "'");
            }
        }
        return new ActionCriteria(new WordMatch(query), wanted, owner == null ? null : new OwnerMatch(owner), overdue,
                days, meetings.dates(spec.commandLine()));
    }

    /** {@code --as-of}, or null for each body's latest meeting; checked before the index is opened. */
    private LocalDate asOfDay() {
        if (limit != null && limit < 1) {
            throw usage("--limit must be at least 1");
        }
        try {
            return asOf == null ? null : LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw usage("--as-of: '" + asOf + "' is not a date; give YYYY-MM-DD");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
