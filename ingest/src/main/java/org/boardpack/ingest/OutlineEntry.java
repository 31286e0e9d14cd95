package org.boardpack.ingest;

/** A bookmark: its title, the 1-based page it opens, and its depth (0 for top level). */
public record OutlineEntry(String title, int page, int level) {
}
