package org.boardpack.index;

/** How hits are ranked. */
public enum SearchOrder {
    /** Best match first (BM25). */
    RELEVANCE,
    /** Newest meeting first, best match first within a meeting date; records without a meeting last. */
    DATE
}
