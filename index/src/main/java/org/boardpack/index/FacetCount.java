package org.boardpack.index;

import java.util.List;

/**
 * The counts of one facet dimension over all the hits of a search: {@code labels} is how many
 * distinct values the hits have, {@code counts} the largest of them (all of them for year, type and
 * status), largest first — years newest first.
 */
public record FacetCount(String dimension, int labels, List<Count> counts) {

    public FacetCount {
        counts = List.copyOf(counts);
    }

    public record Count(String label, int count) {
    }
}
