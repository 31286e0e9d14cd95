package org.boardpack.extract.actions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Takes out the hyphens that typesetting put in to break a word across lines ({@code wai-} /
 * {@code ting}), which cell and paragraph text keeps attached as {@code wai-ting}, while keeping
 * the hyphens of compound words ({@code long-term}, {@code follow-up}). Without a dictionary the
 * document is its own: a broken word is almost always printed whole somewhere else in a pack,
 * and a compound printed with its hyphen inside a line. Where the document says neither, a first
 * part that is a word of its own or a common prefix marks a compound; anything else (a syllable
 * such as {@code esca}) is a broken word.
 */
public final class Dehyphenator {

    private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}+)-(\\p{Ll}+)");
    /** Prefixes that English writes with a hyphen though they are not words on their own. */
    private static final Set<String> PREFIXES = Set.of("non", "co", "re", "pre", "post", "anti", "multi", "sub",
            "inter", "semi", "ex", "mid", "pro", "bi", "tri", "de", "un", "micro", "macro", "socio", "neo");

    private final Set<String> words;

    private Dehyphenator(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /**
     * The vocabulary of a document: every word printed whole, case-folded; line-end fragments left
     * out. Build it once per document and share it between extractors: it reads every word.
     */
    public static Dehyphenator of(ParsedDocument doc) {
        Set<String> words = new HashSet<>();
        for (Page page : doc.pages()) {
            for (TextLine line : page.lines()) {
                for (Word w : line.words()) {
                    String t = w.text();
                    if (t.endsWith("-")) {
                        continue; // the first part of a word broken at the line end
                    }
                    String bare = withoutEdgePunctuation(t).toLowerCase(Locale.ROOT);
                    if (!bare.isEmpty()) {
                        words.add(bare);
                    }
                }
            }
        }
        return new Dehyphenator(words);
    }

    /** The word without what is neither a letter nor a digit at either end ({@code "(long-term),"} → {@code long-term}). */
    private static String withoutEdgePunctuation(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && !isLetterOrNumber(t.codePointAt(from))) {
            from += Character.charCount(t.codePointAt(from));
        }
        while (to > from && !isLetterOrNumber(t.codePointBefore(to))) {
            to -= Character.charCount(t.codePointBefore(to));
        }
        return t.substring(from, to);
    }

    /** Unicode's \p{L} or \p{N}: numbers such as ½ and ² count, as digits do. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A dehyphenator that knows no words: only the prefix and syllable rule applies. */
    static Dehyphenator empty() {
        return new Dehyphenator(Set.of());
    }

    String apply(String text) {
        if (text == null || text.indexOf('-') < 0) {
            return text;
        }
        Matcher m = HYPHENATED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String head = m.group(1);
            String tail = m.group(2);
            String joined = head + tail;
            // a single letter before the hyphen is no syllable (e-mail, x-ray)
            boolean broken = head.length() > 1 && !isWord(head + "-" + tail) && (isWord(joined) || !isWord(head) && !isPrefix(head));
            m.appendReplacement(sb, Matcher.quoteReplacement(broken ? joined : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private boolean isWord(String s) {
        return words.contains(s.toLowerCase(Locale.ROOT));
    }

    private static boolean isPrefix(String s) {
        return PREFIXES.contains(s.toLowerCase(Locale.ROOT));
    }
}
