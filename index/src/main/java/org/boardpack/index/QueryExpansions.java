package org.boardpack.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/** Which of a query's expansions each hit matched: what a hit was found by beyond the typed words. */
final class QueryExpansions {

    private record Prepared(QueryExpansion expansion, Weight weight) {
    }

    private final IndexSearcher searcher;
    private final List<Prepared> prepared = new ArrayList<>();

    QueryExpansions(IndexSearcher searcher, List<QueryExpansion> expansions) throws IOException {
        this.searcher = searcher;
        for (QueryExpansion e : expansions) {
            prepared.add(new Prepared(e, searcher.createWeight(searcher.rewrite(e.query()), ScoreMode.COMPLETE_NO_SCORES, 1f)));
        }
    }

    /** The expansions that match this document, grouped as {@link #grouped} does. */
    Map<String, List<String>> matchedBy(int doc) throws IOException {
        if (prepared.isEmpty()) {
            return Map.of();
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        List<QueryExpansion> matched = new ArrayList<>();
        for (Prepared p : prepared) {
            if (p.weight().matches(leaf, doc - leaf.docBase) != null) {
                matched.add(p.expansion());
            }
        }
        return grouped(matched);
    }

    /** Typed → also-searched, each once, in the order found. */
    static Map<String, List<String>> grouped(Collection<QueryExpansion> expansions) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        expansions.forEach(e -> m.computeIfAbsent(e.typed(), k -> new LinkedHashSet<>()).add(e.also()));
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
