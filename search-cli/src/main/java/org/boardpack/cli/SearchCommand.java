package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchHit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Ranked search with highlighted snippets, each hit naming its meeting, record type and file:page. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index (Lucene syntax: \"exact phrase\", AND, OR, NOT, wildcards*).")
final class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query; several words are all required.")
    List<String> query;

    @Mixin
    IndexOption index;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean asJson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        String q = String.join(" ", query);
        boolean terminal = System.console() != null && !asJson;
        List<SearchHit> hits;
        try (PackSearcher searcher = new PackSearcher(index.dir)) {
            hits = asJson ? searcher.search(q, limit, "<b>", "</b>")
                    : searcher.search(q, limit, terminal ? "\u001b[1m" : "[", terminal ? "\u001b[0m" : "]");
        } catch (InvalidQueryException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (asJson) {
            printJson(out, q, hits);
        } else {
            printText(out, q, hits);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, String q, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.println("No hits for: " + q);
            return;
        }
        int i = 0;
        for (SearchHit h : hits) {
            String meeting = h.meeting() == null ? "meeting unknown" : h.body() + ", " + h.date();
            String where = SourceFiles.display(Path.of(h.path())) + (h.page() == null ? "" : ":" + h.page());
            out.printf("%d. %s  [%s]  %s%n", ++i, where, h.type(), meeting);
            out.println("   " + h.snippet());
        }
    }

    private static void printJson(PrintWriter out, String q, List<SearchHit> hits) throws IOException {
        ObjectMapper json = BoardpackJson.newMapper();
        ObjectNode root = json.createObjectNode();
        root.put("query", q);
        ArrayNode arr = root.putArray("hits");
        for (SearchHit h : hits) {
            ObjectNode n = arr.addObject();
            n.put("score", h.score());
            n.put("type", h.type());
            n.put("meeting", h.meeting());
            n.put("body", h.body());
            n.put("date", h.date());
            n.put("path", h.path());
            if (h.page() == null) {
                n.putNull("page");
            } else {
                n.put("page", h.page());
            }
            n.put("snippet", h.snippet());
            n.set("record", h.json() == null ? null : json.readTree(h.json()));
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
