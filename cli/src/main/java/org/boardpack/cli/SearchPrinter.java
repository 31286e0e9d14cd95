package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.app.query.SearchHits;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.index.FacetCount;
import org.boardpack.index.SearchHit;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.SearchResult;

/**
 * Prints a search's hits and facets, for people (one hit per two lines, after a line saying what
 * else was searched: acronyms' expansions, first names' other forms) or as JSON for scripts (the
 * same under {@code expanded}, for the query and for each hit, what it matched).
 */
final class SearchPrinter {

    private final PrintWriter out;

    SearchPrinter(PrintWriter out) {
        this.out = out;
    }

    /** @param open the highlighter's marker before a matched word, {@code close} after it */
    void text(SearchRequest request, SearchResult result, String open, String close) {
        List<SearchHit> hits = result.hits();
        if (!result.expanded().isEmpty()) {
            out.println("Also searched: " + expansions(result.expanded()));
        }
        if (hits.isEmpty()) {
            out.println("No hits for: " + request.query());
        }
        int i = 0;
        for (SearchHits.Shown shown : SearchHits.collapse(hits, open, close)) {
            SearchHit h = shown.hit();
            String meeting = h.meeting() == null ? "meeting unknown" : h.body() + ", " + h.date();
            String where = SourceFiles.display(Path.of(h.path())) + (h.page() == null ? "" : ":" + h.page());
            String type = shown.alsoTypes().isEmpty() ? h.type() : h.type() + ", also " + String.join(", ", shown.alsoTypes());
            out.printf("%d. %s  [%s]  %s%n", ++i, where, type, meeting);
            out.println("   " + h.snippet());
        }
        if (result.total() > hits.size()) {
            out.printf("%d of %d hits shown (--limit N for more)%n", hits.size(), result.total());
        }
        if (request.facets() && result.total() > 0) {
            out.printf("Facets over all %d hits:%n", result.total());
            for (FacetCount f : result.facets()) {
                out.printf("  %-7s %s%n", f.dimension() + ":", labels(f));
            }
        }
    }

    /** {@code 2021 (4), 2020 (3), … and 2 more}; {@code -} when no hit has the dimension. */
    private static String labels(FacetCount f) {
        if (f.counts().isEmpty()) {
            return "-";
        }
        StringJoiner j = new StringJoiner(", ");
        f.counts().forEach(c -> j.add(c.label() + " (" + c.count() + ")"));
        int more = f.labels() - f.counts().size();
        return j + (more > 0 ? ", … and " + more + " more" : "");
    }

    /** {@code CCG = clinical commissioning group; David = Dave, Davy} */
    private static String expansions(Map<String, List<String>> expanded) {
        StringJoiner j = new StringJoiner("; ");
        expanded.forEach((typed, also) -> j.add(typed + " = " + String.join(", ", also)));
        return j.toString();
    }

    private static ObjectNode expansionsJson(ObjectNode parent, Map<String, List<String>> expanded) {
        ObjectNode node = parent.putObject("expanded");
        expanded.forEach((typed, also) -> {
            ArrayNode forms = node.putArray(typed);
            also.forEach(forms::add);
        });
        return node;
    }

    void json(SearchRequest request, SearchResult result) throws IOException {
        ObjectMapper json = BoardpackJson.newMapper();
        ObjectNode root = json.createObjectNode();
        root.put("query", request.query());
        ObjectNode filters = root.putObject("filters");
        ArrayNode types = filters.putArray("types");
        request.filters().types().stream().sorted().forEach(types::add);
        filters.put("body", request.filters().body());
        filters.put("from", request.filters().dates().from() == null ? null : request.filters().dates().from().toString());
        filters.put("to", request.filters().dates().to() == null ? null : request.filters().dates().to().toString());
        root.put("sort", request.order().name().toLowerCase(java.util.Locale.ROOT));
        root.put("total", result.total());
        expansionsJson(root, result.expanded());
        ArrayNode arr = root.putArray("hits");
        for (SearchHit h : result.hits()) {
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
            expansionsJson(n, h.expanded());
            n.set("record", h.json() == null ? null : json.readTree(h.json()));
        }
        if (request.facets()) {
            ObjectNode facets = root.putObject("facets");
            for (FacetCount f : result.facets()) {
                ObjectNode dim = facets.putObject(f.dimension());
                dim.put("labels", f.labels());
                ArrayNode counts = dim.putArray("counts");
                f.counts().forEach(c -> counts.addObject().put("label", c.label()).put("count", c.count()));
            }
        }
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
}
