package org.boardpack.ingest.pdf;

import java.text.Normalizer;
import java.util.List;
import org.boardpack.ingest.Word;

/**
 * What a page's words are made of, counted once, for {@link GarbledTextCheck}: readable words
 * (words of any script, numbers, codes) against junk ones (symbols run together, control or
 * private-use characters), and for words in Latin letters how many are common function words and
 * how many of their letters are common ones.
 *
 * @param readable      words shaped like words, numbers or codes ({@link TokenShape#readable})
 * @param junk          words shaped like none of them
 * @param chars         characters of all words
 * @param latinWords    words of two letters or more, all Latin
 * @param functionWords of them, common function words ({@link FunctionWords})
 * @param latinLetters  letters of those words
 * @param commonLetters of them, the ten commonest letters of English ({@value #COMMON}), which are
 *                      also among the commonest of the other languages written in Latin letters,
 *                      counted without their accents (Vietnamese, Hungarian or Czech text has
 *                      as many as English once ê, ő, ř count as e, o, r)
 */
record PageTextEvidence(int readable, int junk, int chars, int latinWords, int functionWords, int latinLetters,
                        int commonLetters) {

    static final String COMMON = "etaoinsrhl";

    static PageTextEvidence of(List<Word> words) {
        int readable = 0;
        int junk = 0;
        int chars = 0;
        int latin = 0;
        int function = 0;
        int letters = 0;
        int common = 0;
        for (Word w : words) {
            for (String token : w.text().split(" ")) {
                if (token.isEmpty()) {
                    continue;
                }
                chars += token.codePointCount(0, token.length());
                TokenShape shape = TokenShape.of(token);
                if (shape.readable()) {
                    readable++;
                } else if (shape == TokenShape.JUNK) {
                    junk++;
                }
                String core = shape == TokenShape.WORD ? TokenShape.core(token) : "";
                if (core.length() >= 2 && latinLetters(core)) {
                    latin++;
                    function += FunctionWords.contains(core) ? 1 : 0;
                    for (int i = 0; i < core.length(); i++) {
                        char c = core.charAt(i);
                        if (Character.isLetter(c)) {
                            letters++;
                            common += COMMON.indexOf(baseLetter(c)) >= 0 ? 1 : 0;
                        }
                    }
                }
            }
        }
        return new PageTextEvidence(readable, junk, chars, latin, function, letters, common);
    }

    /** Words judged: readable and junk ones (punctuation standing alone is neither). */
    int judged() {
        return readable + junk;
    }

    double junkShare() {
        return judged() == 0 ? 0 : (double) junk / judged();
    }

    double functionShare() {
        return latinWords == 0 ? 0 : (double) functionWords / latinWords;
    }

    double commonLetterShare() {
        return latinLetters == 0 ? 0 : (double) commonLetters / latinLetters;
    }

    private static boolean latinLetters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /** The letter in lower case without its accent: é is e, Ł stays ł. */
    private static char baseLetter(char c) {
        char lower = Character.toLowerCase(c);
        return lower < 0x80 ? lower : Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).charAt(0);
    }
}
