package org.boardpack.extract.attendance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * A person as listed in minutes: an optional honorific as printed ({@code Dr}, {@code Cllr},
 * {@code Cllr Mrs}, {@code District Cllr}, {@code PCSO}) and a name of capitalised words or
 * initials ({@code B J Spurr}, {@code Michelle Evans-Riches}, {@code Mary O'Dowd},
 * {@code D. Smith}, {@code Ian van der Berg}); honours after it ({@code MBE}, {@code FRCP}) are not
 * part of the name. Honorifics come from the {@code honorifics} vocabulary; the words that are
 * never names ({@code not-names}) and that make a phrase an organisation ({@code organisation-words})
 * are vocabularies too.
 */
public record PersonName(String honorific, String name) {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^((?:" + Lexicon.alternation("honorifics") + "\\.?\\s+)+)");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:\\p{Lu}\\.?|\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu})?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*|Mc\\p{Lu}\\p{Ll}+|Mac\\p{Lu}\\p{Ll}+"
                    + "|\\p{Lu}\\p{Lu}?-\\p{Lu}\\p{Ll}+)");
    /** Lower-case particles inside a surname: {@code Ian van der Berg}, {@code Maria de la Cruz}. */
    private static final String PARTICLES = "(?:(?:van|von|der|den|de|del|della|la|le|du|da|di|dos|bin|ibn|al|ter|ten)\\s+)*";
    private static final Pattern NAME = Pattern.compile(
            NAME_WORD.pattern() + "(?:\\s+" + PARTICLES + NAME_WORD.pattern() + "){0,4}");
    /** Honours and degrees after a name ({@code MBE}, {@code FRCP}), with the commas before them. */
    private static final Pattern POST_NOMINALS = Pattern.compile(
            "(?:,?\\s+" + Lexicon.alternation("post-nominals") + ")+\\.?$");
    private static final Set<String> NOT_NAMES = lower(Lexicon.words("not-names"));
    private static final Set<String> ORGANISATION_WORDS = new HashSet<>(Lexicon.words("organisation-words"));

    /**
     * Parses a whole string as a person's name, or nothing. A single word is a name only after an
     * honorific ("Cllr Smith"), never alone ("Bedfordshire").
     */
    public static Optional<PersonName> parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}; with {@code singleWord} a lone capitalised word is a name too, for
     * lists whose context says they hold people (surnames after a role, first names in a list of
     * first names).
     */
    public static Optional<PersonName> parse(String text, boolean singleWord) {
        String s = text.strip().replaceAll("\\s+", " ");
        String honorific = null;
        Matcher h = HONORIFIC.matcher(s);
        if (h.find() && h.end() < s.length()) {
            honorific = h.group(1).strip().replace(".", "");
            s = s.substring(h.end()).strip();
        }
        Matcher post = POST_NOMINALS.matcher(s);
        if (post.find() && post.start() > 0 && s.substring(0, post.start()).contains(" ")) {
            s = s.substring(0, post.start()).strip();
        }
        if (!NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        String[] words = s.split(" ");
        if (NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))
                || (honorific == null && words.length < 2 && !(singleWord && words[0].length() > 1))
                || Arrays.stream(words).anyMatch(PersonName::officeWord)) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(honorific, s));
    }

    /** A word no name has: an organisation's or office's ({@code Trust}, {@code Directors}, {@code Clerk}). */
    private static boolean officeWord(String word) {
        return ORGANISATION_WORDS.contains(word) || word.endsWith("s") && ORGANISATION_WORDS.contains(word.substring(0, word.length() - 1))
                || word.length() > 3 && ListWords.isRole(word);
    }

    /** Whether a phrase names an office or organisation: it has a word that no person's name has. */
    static boolean describes(String text) {
        return Arrays.stream(text.split("\\s+")).anyMatch(w -> ORGANISATION_WORDS.contains(w) || ListWords.isRole(w));
    }

    /** Whether the text starts with an honorific and a capitalised word after it. */
    static boolean startsWithHonorific(String text) {
        Matcher h = HONORIFIC.matcher(text.strip());
        return h.find() && h.end() < text.strip().length() && Character.isUpperCase(text.strip().charAt(h.end()));
    }

    /** Whether the text is only honours and degrees ({@code MBE}, {@code PhD FRCP}): printed after a name, naming no one. */
    static boolean isPostNominal(String text) {
        Matcher m = POST_NOMINALS.matcher(" " + text.strip());
        return m.find() && m.start() == 0;
    }

    /** Whether the text is only an honorific, or honorifics ({@code Cllr}, {@code Dr.}). */
    static boolean isHonorific(String text) {
        Matcher h = HONORIFIC.matcher(text.strip() + " ");
        return h.find() && h.end() >= text.strip().length();
    }

    private static Set<String> lower(java.util.List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }
}
