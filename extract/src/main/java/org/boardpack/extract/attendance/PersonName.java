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
 * {@code D. Smith}). Honorifics come from the {@code honorifics} vocabulary; the words that are
 * never names ({@code not-names}) and that make a phrase an organisation ({@code organisation-words})
 * are vocabularies too.
 */
public record PersonName(String honorific, String name) {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^((?:" + Lexicon.alternation("honorifics") + "\\.?\\s+)+)");
    private static final Pattern NAME_WORD = Pattern.compile(
            "(?:[A-Z]\\.?|[A-Z][a-z]*(?:['’][A-Z])?[a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z][A-Z]?-[A-Z][a-z]+)");
    private static final Pattern NAME = Pattern.compile(NAME_WORD.pattern() + "(?:\\s+" + NAME_WORD.pattern() + "){0,4}");
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
        if (!NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        String[] words = s.split(" ");
        if (NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))
                || (honorific == null && words.length < 2 && !(singleWord && words[0].length() > 1))
                || Arrays.stream(words).anyMatch(ORGANISATION_WORDS::contains)) {
            return Optional.empty();
        }
        return Optional.of(new PersonName(honorific, s));
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
