package org.boardpack.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.app.ingest.DirectoryTree;
import org.boardpack.index.FacetCount;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/**
 * What an index holds, for a benchmark's report: its size on disk and its records by type (the
 * type facet over every record), so latencies can be read against the size they were taken at.
 */
record IndexStats(long bytes, Map<String, Integer> recordsByType) {

    static IndexStats of(Path dir) throws IndexException, IOException {
        Map<String, Integer> byType = new TreeMap<>();
        try (PackSearcher searcher = new PackSearcher(dir)) {
            SearchRequest all = new SearchRequest("*:*", SearchFilters.NONE, SearchOrder.RELEVANCE, 1, true);
            for (FacetCount f : searcher.search(all, "", "").facets()) {
                if (f.dimension().equals("type")) {
                    f.counts().forEach(c -> byType.put(c.label(), c.count()));
                }
            }
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("'*:*' is always a query", e);
        }
        return new IndexStats(DirectoryTree.bytes(dir), byType);
    }

    long records() {
        return recordsByType.values().stream().mapToLong(Integer::longValue).sum();
    }

    double megabytes() {
        return bytes / (1024.0 * 1024.0);
    }
}
