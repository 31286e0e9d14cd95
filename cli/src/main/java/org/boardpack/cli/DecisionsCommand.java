package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.query.RecordKind;
import org.boardpack.app.query.RecordRow;
import org.boardpack.app.query.RecordRows;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchOrder;
import org.boardpack.model.BoardpackCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Decisions as a table (date, body, item, kind, text, file:page): all of them newest first, or
 * those matching a query best first, narrowed by kind, body and meeting dates.
 */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = {"List decisions: all of them (newest meeting first), or those matching QUERY (best match "
                + "first; Lucene syntax as in search).",
                "--json prints the rows as 'export decisions' writes them."})
final class DecisionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words the decision must contain (optional).")
    List<String> query = List.of();

    @Mixin
    IndexOption index;

    @Option(names = "--kind", paramLabel = "K",
            description = "Only decisions of this kind: agreed, resolved, approved, noted, endorsed, other.")
    String kind;

    @Mixin
    MeetingFilterOptions meetings;

    @Option(names = "--sort", paramLabel = "date|relevance",
            description = "Newest meeting first, or best match first (default: date without a query, relevance with one).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Decisions to show, 0 for all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the decisions as a JSON array of export rows.")
    boolean asJson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String queryText = query.isEmpty() ? null : String.join(" ", query);
        RecordSelection selection = new RecordSelection(queryText, meetings.filters(spec.commandLine(), List.of()),
                null, order(queryText), 0);
        String wantedKind = kind();
        if (limit < 0) {
            throw usage("--limit must be 0 (all) or more");
        }
        ObjectMapper json = BoardpackJson.newMapper();
        List<RecordRow<Decision>> rows;
        try (PackSearcher searcher = index.open()) {
            MeetingFilterOptions.requireKnownBody(spec.commandLine(), searcher, selection.filters().body());
            // every match is read, so the kind filter and the count of the rest are exact
            rows = new RecordRows(searcher, new BoardpackCodec()).list(RecordKind.DECISION, selection).stream()
                    .filter(r -> wantedKind == null || wantedKind.equals(RowFields.text(r.record().kind())))
                    .toList();
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IndexException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        List<RecordRow<Decision>> shown = limit == 0 || rows.size() <= limit ? rows : rows.subList(0, limit);
        if (asJson) {
            // the export's row shape, so a script sees the same fields as 'export decisions' writes
            RowSources shapes = new RowSources();
            out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(shown.stream().map(shapes.decisions()::row).toList()));
        } else {
            printTable(out, queryText, shown, rows.size());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, String queryText, List<RecordRow<Decision>> shown, int total) {
        if (shown.isEmpty()) {
            out.println(queryText == null ? "No decisions." : "No decisions for: " + queryText);
            return;
        }
        TerminalTable table = new TerminalTable(List.of(TerminalTable.Column.fixed("date"),
                TerminalTable.Column.wrapping("body"), TerminalTable.Column.fixed("item"),
                TerminalTable.Column.fixed("kind"), TerminalTable.Column.wrapping("decision"),
                TerminalTable.Column.fixed("file:page")));
        for (RecordRow<Decision> r : shown) {
            Decision d = r.record();
            table.row(r.context().date(), r.context().body(), d.item() != null ? d.item() : d.minuteRef(),
                    RowFields.text(d.kind()), d.text(), RowFields.location(r.context()));
        }
        out.print(table.render(TerminalWidth.detect()));
        if (total > shown.size()) {
            out.printf("%d of %d decisions shown (--limit N for more, 0 for all)%n", shown.size(), total);
        }
    }

    private SearchOrder order(String queryText) {
        if (sort == null) {
            return queryText == null ? SearchOrder.DATE : SearchOrder.RELEVANCE;
        }
        return switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchOrder.RELEVANCE;
            case "date" -> SearchOrder.DATE;
            default -> throw usage("--sort takes 'date' or 'relevance', not '" + sort + "'");
        };
    }

    /** The kind as the record format writes it, or null for any; an unknown kind is a usage error. */
    private String kind() {
        if (kind == null) {
            return null;
        }
        List<String> kinds = Arrays.stream(DecisionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        String k = kind.strip().toLowerCase(Locale.ROOT);
        if (!kinds.contains(k)) {
            throw usage("--kind takes one of " + String.join(", ", kinds) + ", not '" + kind + "'");
        }
        return k;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
