package org.boardpack.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/** A parsed query and what else it searched for (see {@link QueryExpansion}). */
record ParsedQuery(Query query, List<QueryExpansion> expansions) {

    ParsedQuery {
        expansions = List.copyOf(expansions);
    }

    /** Each typed acronym, expansion or first name with what was also searched for it, in query order. */
    Map<String, List<String>> expanded() {
        return QueryExpansions.grouped(expansions);
    }
}
