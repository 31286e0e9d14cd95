package org.boardpack.extract.minutes;

import java.util.List;

/** Consecutive lines of a discussion that form one paragraph or list entry, and their joined text. */
public record Paragraph(List<MinutesLine> lines, String text) {

    public Paragraph {
        lines = List.copyOf(lines);
    }

    public int page() {
        return lines.getFirst().page();
    }

    /** Left edge of the first line: list entries and their continuations are told apart by it. */
    public float x0() {
        return lines.getFirst().line().x0();
    }
}
