package org.boardpack.devtools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.index.DateRange;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/** The fixed researcher queries of {@code bench-search}, read from {@code bench-queries.tsv}. */
final class BenchQueries {

    static final String RESOURCE = "bench-queries.tsv";

    private BenchQueries() {
    }

    static List<SearchRequest> standard() throws IOException {
        try (InputStream in = BenchQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the boardpack jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        }
    }

    /** One request a line: {@code query<TAB>type=…;body=…;from=…;to=…;sort=date;facets;limit=N}. */
    static List<SearchRequest> parse(List<String> lines) {
        List<SearchRequest> requests = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            Set<String> types = new HashSet<>();
            String body = null;
            String from = null;
            String to = null;
            SearchOrder order = SearchOrder.RELEVANCE;
            boolean facets = false;
            int limit = 10;
            for (String option : cells.length > 1 ? cells[1].split(";") : new String[0]) {
                String[] kv = option.strip().split("=", 2);
                switch (kv[0]) {
                    case "type" -> types.addAll(List.of(kv[1].split(",")));
                    case "body" -> body = kv[1];
                    case "from" -> from = kv[1];
                    case "to" -> to = kv[1];
                    case "sort" -> order = kv[1].equals("date") ? SearchOrder.DATE : SearchOrder.RELEVANCE;
                    case "facets" -> facets = true;
                    case "limit" -> limit = Integer.parseInt(kv[1]);
                    default -> throw new IllegalArgumentException(RESOURCE + ": unknown option '" + option + "' in: " + line);
                }
            }
            requests.add(new SearchRequest(cells[0], new SearchFilters(types, body, DateRange.of(from, to)), order, limit, facets));
        }
        return requests;
    }
}
