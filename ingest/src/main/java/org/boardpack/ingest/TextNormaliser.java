package org.boardpack.ingest;

import java.text.Normalizer;

/**
 * The one place text is normalised, once, as the layout model is built (PDF words, OCR words and
 * the paragraphs of Word/HTML documents alike), so that no extractor pattern has to know that
 * {@code \s} does not match a non-breaking space or that "ﬁ" is two letters:
 * <ul>
 * <li>every Unicode space (no-break U+00A0, the typographic spaces U+2000–U+200A, narrow no-break
 *     U+202F, medium mathematical U+205F, ideographic U+3000, ogham U+1680) is a word break, and
 *     in text an ordinary space;</li>
 * <li>invisible format characters are removed: zero-width space U+200B, word joiner U+2060, byte
 *     order mark U+FEFF and the bidirectional marks and embeddings (U+200E/F, U+202A–E,
 *     U+2066–9). Zero-width (non-)joiners U+200C/D are kept: in Persian and Indic scripts they
 *     change the spelling;</li>
 * <li>a soft hyphen U+00AD is removed inside a word; at the end of one, after a letter, it is
 *     what a PDF draws where the line was hyphenated, so it becomes the "-" that the line-end
 *     hyphen joining downstream looks for;</li>
 * <li>NFKC: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) expanded, full-width and compatibility forms folded;</li>
 * <li>a private-use character standing alone as a word (a Symbol or Wingdings bullet such as
 *     U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC, which fonts put in U+E000–U+F8FF) becomes "•".
 *     Private-use characters inside a word are left as they are: there they are not bullets.</li>
 * </ul>
 * Control characters are not touched: the garbled-text check needs to see them.
 */
public final class TextNormaliser {

    public static final String BULLET = "•";

    private TextNormaliser() {
    }

    /** Whether a code point separates words: ASCII white space and every Unicode space separator. */
    public static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r'
                    || (cp >= 0x1C && cp <= 0x1F);
        }
        // Zs holds the no-break spaces too, which Character.isWhitespace leaves out on purpose
        return Character.isSpaceChar(cp) || Character.isWhitespace(cp);
    }

    /** Whether a string holds nothing but word breaks (or nothing). */
    public static boolean isSpace(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (!isSpace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A code point of the Basic Multilingual Plane's private-use area, where symbol fonts put their glyphs. */
    public static boolean isPrivateUse(int cp) {
        return cp >= 0xE000 && cp <= 0xF8FF;
    }

    /** Invisible format characters that carry nothing a reader sees. */
    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * The text normalised as the class comment says, spaces as single ASCII spaces where they
     * were (not collapsed, not stripped: callers split or collapse as they need). Takes a
     * {@code String}, not any {@code CharSequence}: this runs for every word of every page, and
     * one receiver type keeps the JIT compiler's code for it, and for its callers, stable.
     */
    public static String normalise(String raw) {
        if (isPlainAscii(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean privateUse = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = Character.codePointAt(raw, i);
            i += Character.charCount(cp);
            if (cp == 0x00AD) {
                if (endsWord(raw, i) && !out.isEmpty() && Character.isLetter(out.codePointBefore(out.length()))) {
                    out.append('-');
                }
            } else if (isSpace(cp)) {
                out.append(' ');
            } else if (!isInvisible(cp)) {
                privateUse |= isPrivateUse(cp);
                out.appendCodePoint(cp);
            }
        }
        String text = Normalizer.normalize(out, Normalizer.Form.NFKC);
        return privateUse ? loneBullets(text) : text;
    }

    private static boolean endsWord(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isSpace(cp)) {
                return true;
            }
            if (cp != 0x00AD && !isInvisible(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Each word that is one private-use character, made "•". */
    private static String loneBullets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean alone = isPrivateUse(cp) && (i == 0 || text.charAt(i - 1) == ' ')
                    && (next == text.length() || text.charAt(next) == ' ');
            if (alone) {
                out.append(BULLET);
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out.toString();
    }

    /** Printable ASCII, ordinary spaces included: its own normal form (most words are). */
    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < 0x20) {
                return false;
            }
        }
        return true;
    }
}
