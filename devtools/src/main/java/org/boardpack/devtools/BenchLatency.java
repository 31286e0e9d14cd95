package org.boardpack.devtools;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/**
 * Times the fixed researcher queries of {@code bench-search} against one index, in process with
 * highlighting, after a warm-up: each query's hit count (a warning for a query that finds nothing,
 * which times only parsing and expansion and so flatters the figures), then p50, p99 and max.
 */
final class BenchLatency {

    /** Passes over the queries before timing: the JIT and the index's caches warm up. */
    static final int WARM_UP_ROUNDS = 5;

    private final List<SearchRequest> queries;
    private final int rounds;

    BenchLatency(List<SearchRequest> queries, int rounds) {
        this.queries = List.copyOf(queries);
        this.rounds = rounds;
    }

    void run(Path index, PrintWriter out, PrintWriter err) throws IndexException, InvalidQueryException {
        long[] samples = new long[queries.size() * rounds];
        int n = 0;
        try (PackSearcher searcher = new PackSearcher(index)) {
            out.println("Hits of each query:");
            int none = 0;
            for (int i = 0; i < queries.size(); i++) {
                SearchRequest q = queries.get(i);
                long total = searcher.search(q, "", "").total();
                out.printf(Locale.ROOT, "  %2d. %8d  %s%n", i + 1, total, describe(q));
                if (total == 0) {
                    none++;
                    err.printf(Locale.ROOT, "boardpack: warning: query %d (%s) finds nothing in this index, so it "
                            + "times parsing and expansion only%n", i + 1, describe(q));
                }
            }
            if (none > 0) {
                out.printf(Locale.ROOT, "%d of %d queries find nothing (warned on stderr)%n", none, queries.size());
            }
            out.flush();
            err.flush();
            for (int r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
                for (SearchRequest q : queries) {
                    long s = System.nanoTime();
                    searcher.search(q, "<b>", "</b>");
                    if (r >= WARM_UP_ROUNDS) {
                        samples[n++] = System.nanoTime() - s;
                    }
                }
            }
        }
        Arrays.sort(samples);
        out.printf(Locale.ROOT, "Query latency over %d queries x %d rounds after %d warm-up rounds: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                queries.size(), rounds, WARM_UP_ROUNDS, samples[samples.length / 2] / 1e6,
                samples[(int) Math.ceil(samples.length * 0.99) - 1] / 1e6, samples[samples.length - 1] / 1e6);
        out.flush();
    }

    /** The query as the TSV gives it, with its options: what a reader needs to tell the 20 apart. */
    static String describe(SearchRequest q) {
        StringBuilder s = new StringBuilder(q.query());
        List<String> options = new ArrayList<>();
        if (!q.filters().types().isEmpty()) {
            options.add("type=" + String.join(",", q.filters().types().stream().sorted().toList()));
        }
        if (q.filters().body() != null) {
            options.add("body=" + q.filters().body());
        }
        if (!q.filters().dates().isOpen()) {
            DateRange d = q.filters().dates();
            options.add("from=" + (d.from() == null ? "any" : d.from()) + ";to=" + (d.to() == null ? "any" : d.to()));
        }
        if (q.order() == SearchOrder.DATE) {
            options.add("sort=date");
        }
        if (q.facets()) {
            options.add("facets");
        }
        if (!options.isEmpty()) {
            s.append("  [").append(String.join("; ", options)).append(']');
        }
        return s.toString();
    }
}
