package org.boardpack.index;

import org.apache.lucene.search.Query;

/**
 * One thing a query searched for beyond what was typed: for {@code typed} (an acronym, an
 * expansion's acronym, a first name) also {@code also}, by {@code query}.
 */
record QueryExpansion(String typed, String also, Query query) {
}
