package org.boardpack.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page of a parsed document: its size as displayed (width and height after /Rotate), its text
 * lines top to bottom, and the vector graphics that give it structure: ruling lines and filled
 * areas (cell backgrounds).
 *
 * @param number  1-based page number in the source file
 * @param label   the page's label as the PDF names it ({@code iv}, {@code A-3}), or {@code null}
 * @param running the lines of {@code lines} that are running headers or footers (a line repeated
 *                in the same place on most pages, page numbers): not part of the page's body
 */
public record Page(int number, float width, float height, int rotation, List<TextLine> lines,
                   List<Ruling> rulings, List<FilledArea> fills, String label, List<TextLine> running) {

    public Page {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
        fills = List.copyOf(fills);
        running = List.copyOf(running);
    }

    public Page(int number, float width, float height, int rotation, List<TextLine> lines,
                List<Ruling> rulings, List<FilledArea> fills) {
        this(number, width, height, rotation, lines, rulings, fills, null, List.of());
    }

    /** A page without vector graphics (text-only sources, tests). */
    public Page(int number, float width, float height, int rotation, List<TextLine> lines) {
        this(number, width, height, rotation, lines, List.of(), List.of());
    }

    public Page withRunning(List<TextLine> runningLines) {
        return new Page(number, width, height, rotation, lines, rulings, fills, label, runningLines);
    }

    public Page withLabel(String pageLabel) {
        return new Page(number, width, height, rotation, lines, rulings, fills, pageLabel, running);
    }

    /** The lines without running headers and footers. */
    public List<TextLine> bodyLines() {
        if (running.isEmpty()) {
            return lines;
        }
        java.util.Set<TextLine> skip = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        skip.addAll(running);
        return lines.stream().filter(l -> !skip.contains(l)).toList();
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
