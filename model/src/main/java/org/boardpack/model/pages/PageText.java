package org.boardpack.model.pages;

/** The text of one page (1-based), lines joined by newlines, for full-text search. */
public record PageText(int page, String text) {
}
