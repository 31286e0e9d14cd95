package org.boardpack.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a parsed document: its size as displayed (width and height after /Rotate), its text
 * lines top to bottom, and the vector graphics that give it structure: ruling lines and filled
 * areas (cell backgrounds).
 *
 * @param number 1-based page number in the source file
 */
public record Page(int number, float width, float height, int rotation, List<TextLine> lines,
                   List<Ruling> rulings, List<FilledArea> fills) {

    public Page {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
        fills = List.copyOf(fills);
    }

    /** A page without vector graphics (text-only sources, tests). */
    public Page(int number, float width, float height, int rotation, List<TextLine> lines) {
        this(number, width, height, rotation, lines, List.of(), List.of());
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
