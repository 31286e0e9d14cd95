package org.boardpack.index.bodies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.boardpack.model.names.BodyPaperWords;

/**
 * A printed body name reduced to what identifies the body: case, accents, punctuation, {@code &}
 * for {@code and}, a leading {@code The} and the paper's words around the name ({@code … Meeting},
 * {@code Minutes of the …}, {@code … Agenda}) set aside. {@code The Amenities, Leisure & Community
 * Services Committee Meeting} and {@code amenities leisure and community services committee} have
 * one key.
 *
 * @param text  the key: the name's words, lower case, single-spaced
 * @param words the name's words as printed (case kept, so an acronym can be told from a word)
 */
record BodyNameKey(String text, List<String> words) {

    private static final Pattern LEADING_WORD = Pattern.compile("[^\\p{L}\\p{N}]*([\\p{L}\\p{N}]+)[^\\p{L}\\p{N}]*");
    private static final Pattern TRAILING_WORD = Pattern.compile("[^\\p{L}\\p{N}]*([\\p{L}\\p{N}]+)[^\\p{L}\\p{N}]*$");
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    static BodyNameKey of(String printed) {
        String plain = Normalizer.normalize(printed == null ? "" : printed, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("&", " and ").replaceAll("['’]", "");
        List<String> words = new ArrayList<>();
        for (String w : SPLIT.split(plain)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        // the paper's words at either end: Minutes of the …, … Committee Meeting, … Agenda
        while (!words.isEmpty() && paperWord(words.getFirst())) {
            words.removeFirst();
        }
        while (!words.isEmpty() && paperWord(words.getLast())) {
            words.removeLast();
        }
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new BodyNameKey(String.join(" ", lower), List.copyOf(words));
    }

    private static boolean paperWord(String w) {
        // the paper's words, not the body's (one home: model/names)
        return BodyPaperWords.contains(w);
    }

    /**
     * The name as printed with the paper's words at either end set aside, case and punctuation
     * kept: {@code Minutes of the Finance Committee Meeting} → {@code Finance Committee}.
     */
    static String trimmed(String printed) {
        String s = printed == null ? "" : printed.strip();
        while (true) {
            java.util.regex.Matcher lead = LEADING_WORD.matcher(s);
            java.util.regex.Matcher tail = TRAILING_WORD.matcher(s);
            if (lead.lookingAt() && paperWord(lead.group(1))) {
                s = s.substring(lead.end());
            } else if (tail.find() && paperWord(tail.group(1))) {
                s = s.substring(0, tail.start());
            } else {
                return s.isEmpty() ? printed.strip() : s;
            }
        }
    }

    /** The name as a phrase for {@link org.boardpack.model.names.SameBody}: its words, joined. */
    String phrase() {
        return String.join(" ", words);
    }
}
