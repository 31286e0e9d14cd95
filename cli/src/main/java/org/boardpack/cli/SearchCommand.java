package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Search with filters (record type, body, meeting dates), relevance or date order and facet counts;
 * each hit names its meeting, record type and file:page. Printing is {@link SearchPrinter}'s.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index (Lucene syntax: \"exact phrase\", AND, OR, NOT, wildcards*, field:value).",
                "Words are looked for in the records' text and in people's names (attendance, action owners).",
                "Acronyms and their expansions are one term (CCG = clinical commissioning group), from the glossary and "
                        + "the papers' own definitions; a capitalised first name matches its other forms (David = Dave)."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are all required.")
    List<String> query;

    @Mixin
    IndexOption index;

    @Option(names = "--type", paramLabel = "T", split = ",",
            description = "Only records of these types (comma-separated): meeting, agenda_item, attendance, "
                    + "decision, action, table, page.")
    List<String> types = List.of();

    @Mixin
    MeetingFilterOptions meetings;

    @Option(names = "--sort", paramLabel = "relevance|date", defaultValue = "relevance",
            description = "Best match first, or newest meeting first (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the hits (and facets) as JSON.")
    boolean asJson;

    @Option(names = "--facets", description = "Also count all the hits by body, year, record type, action status and owner.")
    boolean facets;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request = request();
        boolean terminal = System.console() != null && !asJson;
        String open = asJson ? "<b>" : terminal ? "\u001b[1m" : "[";
        String close = asJson ? "</b>" : terminal ? "\u001b[0m" : "]";
        SearchPrinter printer = new SearchPrinter(out);
        try (PackSearcher searcher = index.open()) {
            MeetingFilterOptions.requireKnownBody(spec.commandLine(), searcher, request.filters().body());
            SearchResult result = searcher.search(request, open, close);
            if (asJson) {
                printer.json(request, result);
            } else {
                printer.text(request, result);
            }
        } catch (InvalidQueryException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The options as one request; a wrong value is a usage error naming its option. */
    private SearchRequest request() {
        if (limit < 1) {
            throw usage("--limit must be at least 1");
        }
        SearchOrder order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchOrder.RELEVANCE;
            case "date" -> SearchOrder.DATE;
            default -> throw usage("--sort takes 'relevance' or 'date', not '" + sort + "'");
        };
        SearchFilters filters = meetings.filters(spec.commandLine(), types);
        return new SearchRequest(String.join(" ", query), filters, order, limit, facets);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
