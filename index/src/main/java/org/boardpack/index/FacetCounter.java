package org.boardpack.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/** Counts of body, year, record type, action status and owner over the documents a search collected. */
final class FacetCounter {

    /** Bodies and owners can be many: the largest this many are listed (with the number of labels). */
    static final int TOP = 10;
    /** Dimensions with few labels, listed in full. */
    private static final Set<String> ALL_LABELS = Set.of(IndexFacets.YEAR, IndexFacets.TYPE, IndexFacets.STATUS);

    private FacetCounter() {
    }

    static List<FacetCount> count(IndexReader reader, FacetsCollector hits) throws IOException {
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, IndexFacets.newConfig());
        } catch (IllegalArgumentException noFacetsYet) {
            // an index with no record documents has no facet field at all: nothing to count
            return IndexFacets.DIMENSIONS.stream().map(d -> new FacetCount(d, 0, List.of())).toList();
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, hits);
        List<FacetCount> out = new ArrayList<>();
        for (String dim : IndexFacets.DIMENSIONS) {
            FacetResult r = state.getPrefixToOrdRange().containsKey(dim) ? facets.getAllChildren(dim) : null;
            if (r == null) {
                out.add(new FacetCount(dim, 0, List.of()));
                continue;
            }
            List<FacetCount.Count> counts = new ArrayList<>(Arrays.stream(r.labelValues)
                    .map(FacetCounter::count)
                    .filter(c -> c.count() > 0)
                    .sorted(order(dim))
                    .toList());
            int labels = counts.size();
            out.add(new FacetCount(dim, labels, ALL_LABELS.contains(dim) ? counts : counts.subList(0, Math.min(TOP, labels))));
        }
        return out;
    }

    private static FacetCount.Count count(LabelAndValue lv) {
        return new FacetCount.Count(lv.label, lv.value.intValue());
    }

    /** Years newest first (a timeline); everything else largest first, then by name for a stable order. */
    private static Comparator<FacetCount.Count> order(String dim) {
        if (dim.equals(IndexFacets.YEAR)) {
            return Comparator.comparing(FacetCount.Count::label).reversed();
        }
        return Comparator.comparingInt(FacetCount.Count::count).reversed().thenComparing(FacetCount.Count::label);
    }
}
