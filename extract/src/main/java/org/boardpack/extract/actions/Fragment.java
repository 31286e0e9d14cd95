package org.boardpack.extract.actions;

import java.util.List;
import org.boardpack.ingest.Word;

/**
 * The part of one printed line that falls in one column of a table: its page, its box, its text
 * and whether it starts in bold (a heading, or a bold title run into the text).
 */
record Fragment(int page, float x0, float top, float bottom, List<Word> words) {

    Fragment {
        words = List.copyOf(words);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    boolean startsBold() {
        return words.getFirst().bold();
    }

    boolean allBold() {
        return words.stream().allMatch(Word::bold);
    }

    /** The leading bold words: a title set in bold at the start of the line. */
    String boldPrefix() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!w.bold()) {
                break;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** Reading order across pages. */
    boolean before(int otherPage, float otherTop) {
        return page < otherPage || page == otherPage && top < otherTop;
    }
}
