package org.boardpack.index;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The facet dimensions of the index and how a document gets them: SortedSetDocValues facets, so no
 * taxonomy index sits beside the main one and a file's documents stay replaceable as a unit.
 */
final class IndexFacets {

    static final String BODY = "body";
    static final String YEAR = "year";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String OWNER = "owner";

    /** In the order {@code --facets} prints them. */
    static final List<String> DIMENSIONS = List.of(BODY, YEAR, TYPE, STATUS, OWNER);

    private IndexFacets() {
    }

    /** A new configuration: every dimension single-valued and flat, which is the default. */
    static FacetsConfig newConfig() {
        return new FacetsConfig();
    }

    /** Adds {@code value} under {@code dimension}; a missing value adds nothing, never an empty label. */
    static void add(Document d, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dimension, value.strip()));
        }
    }
}
