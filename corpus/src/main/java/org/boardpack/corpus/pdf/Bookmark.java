package org.boardpack.corpus.pdf;

/** An outline entry: a paper's title and its first page (1-based). */
public record Bookmark(String title, int page) {
}
