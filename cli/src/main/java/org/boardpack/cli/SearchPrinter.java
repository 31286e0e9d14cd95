package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.boardpack.app.answers.SearchAnswer;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.app.query.SearchHits;
import org.boardpack.model.BoardpackJson;
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

    /** The answer {@code /api/search} gives too ({@link SearchAnswer}). */
    void json(SearchRequest request, SearchResult result) throws IOException {
        ObjectMapper json = BoardpackJson.newMapper();
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(new SearchAnswer(json).of(request, result)));
    }
}
