package org.boardpack.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A parsed query and what else it searched for: each acronym (or first name) of the query with the
 * expansions (or other forms) added, and each expansion the query spelt with its acronym.
 */
record ParsedQuery(Query query, Map<String, List<String>> expanded) {

    ParsedQuery {
        expanded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expanded));
    }
}
