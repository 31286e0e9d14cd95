package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * An action column entry set level with its row's bold title ({@code Item | Discussion | Action}
 * grids whose cells are top-aligned: {@code BoD/23/05 | **Board Assurance Framework** / The Board
 * approved … / FG to update the BAF … | FG}). The title is no action: the entry refers to the row's
 * discussion under it — the sentence that gives the owner's own work ({@code FG to update …}) where
 * one does, else the row's paragraphs.
 */
final class TitleRow {

    /** The sentence-end marks a title does not end with. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][”’\"')]*$");
    /** A title is a few words: a longer bold run is text set in bold (an agreed action). */
    private static final int MAX_TITLE_WORDS = 12;
    private static final Pattern OWNER_WORK = Pattern.compile(
            "(?i)^(?:" + Lexicon.alternation("action-owner-work") + ")\\s");

    private TitleRow() {
    }

    /** Whether a paragraph is a row's title: bold throughout, a few words, ending with no sentence mark. */
    static boolean isTitle(List<Fragment> paragraph) {
        if (!paragraph.stream().allMatch(Fragment::allBold)) {
            return false;
        }
        String text = WrappedText.join(paragraph.stream().map(Fragment::text).toList());
        return text.split("\\s+").length <= MAX_TITLE_WORDS && !SENTENCE_END.matcher(text).find();
    }

    /**
     * The action of an entry level with a title: from the paragraphs under it (already cut off
     * at the row's end), the owner's own work, else all of them; null when the title has no text
     * under it.
     */
    static String body(List<List<Fragment>> under, String owner) {
        StringBuilder text = new StringBuilder();
        for (List<Fragment> p : under) {
            for (Fragment f : p) {
                WrappedText.append(text, f.text());
            }
        }
        String all = text.toString().strip();
        if (all.isEmpty()) {
            return null;
        }
        if (owner != null && !owner.isBlank()) {
            for (int[] s : BesideText.sentences(all)) {
                String sentence = all.substring(s[0], s[1]).strip();
                if (sentence.startsWith(owner + " ")
                        && OWNER_WORK.matcher(sentence.substring(owner.length() + 1)).find()) {
                    return sentence;
                }
            }
        }
        return all;
    }

    /** The paragraphs after {@code title} up to the next title or the row's end ({@code end} true). */
    static List<List<Fragment>> under(List<List<Fragment>> paragraphs, int title, Predicate<Fragment> end) {
        List<List<Fragment>> out = new ArrayList<>();
        for (int i = title + 1; i < paragraphs.size(); i++) {
            List<Fragment> p = paragraphs.get(i);
            if (isTitle(p) || end.test(p.getFirst())) {
                break;
            }
            out.add(p);
        }
        return out;
    }
}
