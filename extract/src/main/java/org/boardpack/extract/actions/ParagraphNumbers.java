package org.boardpack.extract.actions;

import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.Word;

/**
 * The number minutes print before a paragraph ({@code 4.2}, {@code 12.}, {@code 3.1.4}) set apart
 * from its text by more than a glyph's height: a label of the paragraph, no part of what it says,
 * so an action's description leaves it out. A number that begins a sentence
 * ({@code 12 volunteers are needed}) stands a word space from the next word and is kept.
 */
final class ParagraphNumbers {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2}){0,2}\\.?");

    private ParagraphNumbers() {
    }

    /** Whether the words open with a paragraph number set apart from the text after it. */
    static boolean setApart(List<Word> words) {
        return words.size() >= 2 && NUMBER.matcher(words.getFirst().text()).matches()
                && words.get(1).x0() - words.getFirst().x1() > words.getFirst().height();
    }

    /** The fragment without the paragraph number it opens with, if it opens with one. */
    static Fragment strip(Fragment f) {
        if (!setApart(f.words())) {
            return f;
        }
        List<Word> rest = f.words().subList(1, f.words().size());
        return new Fragment(f.page(), rest.getFirst().x0(), f.top(), f.bottom(), rest);
    }
}
