package org.boardpack.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a parsed document: its size as displayed (width and height after /Rotate) and its
 * text lines, top to bottom.
 *
 * @param number 1-based page number in the source file
 */
public record Page(int number, float width, float height, int rotation, List<TextLine> lines) {

    public Page {
        lines = List.copyOf(lines);
    }

    public boolean landscape() {
        return width > height;
    }

    /** Plain text of the page, one line per text line; derived from the geometry. */
    public String text() {
        return lines.stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }

    public boolean hasText() {
        return !lines.isEmpty();
    }
}
