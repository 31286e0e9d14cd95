package org.boardpack.extract.layout;

import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * The part of one text line that sits in one column: for a ruled table the column between two
 * drawn lines ({@code left}/{@code right} are the rules, and the cell may be empty), otherwise a
 * run of words set apart by a wide gap ({@code left}/{@code right} are the words' extent).
 */
public record Cell(float left, float right, List<Word> words) {

    public Cell {
        words = List.copyOf(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public float width() {
        return right - left;
    }

    /** The words as a line, or {@code null} for an empty cell. */
    public TextLine line() {
        return words.isEmpty() ? null : new TextLine(words);
    }

    public String text() {
        return words.isEmpty() ? "" : new TextLine(words).text().strip();
    }

    public boolean bold() {
        return !words.isEmpty() && words.stream().allMatch(Word::bold);
    }
}
