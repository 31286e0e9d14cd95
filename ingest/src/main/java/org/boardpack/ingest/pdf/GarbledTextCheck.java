package org.boardpack.ingest.pdf;

import java.util.List;
import org.boardpack.ingest.Word;

/**
 * Tells a page whose text layer is junk although the page renders well: its fonts carry no usable
 * Unicode mapping (a subset font whose ToUnicode map gives glyph numbers, a custom encoding with
 * made-up glyph names), so its text comes out as symbols and digits run together
 * ({@code +'88+3-}), control or private-use characters, or letters shifted into
 * other letters ({@code uif nffujoh}). Script-blind where it can be: letters of any script are
 * letters, so Arabic or Chinese text reads as text.
 *
 * <p>Evidence, per page, and the thresholds (calibrated on real papers, on hard PDFs with
 * non-Latin text and dot leaders drawn as replacement characters, and on the generated corpus;
 * readable pages showed at most 22 % junk words and 62 % common letters at the low end, garbled
 * ones at least 71 % junk words, shifted English 26–49 % common letters):
 * <ul>
 * <li><b>junk words</b> ({@link TokenShape}): words that are neither words of letters, numbers nor
 *     codes. At least {@value #JUNK}% of the judged words (and at least {@value #MIN_WORDS} of
 *     them) is garbled on its own.</li>
 * <li><b>no language</b>: for at least {@value #MIN_LETTERS} Latin letters, fewer than
 *     {@value #FUNCTION}% of the words are common function words ({@link FunctionWords}) and
 *     fewer than {@value #COMMON}% of the letters are the ten commonest (real text of the
 *     languages written in Latin letters has 60–75 %): letters substituted for letters.</li>
 * <li><b>unmapped glyphs</b>: at least {@value #UNMAPPED}% of the glyphs drawn have no Unicode
 *     mapping in their font ({@link GlyphCount}). Not enough alone (old TeX fonts have none yet
 *     put letters at their ASCII codes), but it lowers the bar: then {@value #JUNK_UNMAPPED}% of junk words,
 *     or no language in as few as {@value #MIN_LETTERS_UNMAPPED} letters, or no text left at all
 *     (PDFBox drops a composite font's unmapped glyphs), is enough.</li>
 * </ul>
 */
final class GarbledTextCheck {

    static final int JUNK = 45;
    static final int MIN_WORDS = 8;
    static final int FUNCTION = 3;
    static final int COMMON = 55;
    static final int MIN_LETTERS = 200;
    static final int UNMAPPED = 50;
    /** With most glyphs unmapped: the lower bars. */
    static final int JUNK_UNMAPPED = 25;
    static final int MIN_LETTERS_UNMAPPED = 40;
    static final int MIN_GLYPHS = 20;

    /** The page's judgement and, when garbled, what gave it away, in words for the user. */
    record Verdict(boolean garbled, String evidence) {
        static final Verdict READABLE = new Verdict(false, null);
    }

    private GarbledTextCheck() {
    }

    static Verdict judge(List<Word> words, GlyphCount glyphs) {
        PageTextEvidence text = PageTextEvidence.of(words);
        boolean unmapped = glyphs.glyphs() >= MIN_GLYPHS && glyphs.unmappedShare() * 100 >= UNMAPPED;
        if (junk(text, JUNK)) {
            return new Verdict(true, "symbols in place of words");
        }
        if (noLanguage(text, MIN_LETTERS)) {
            return new Verdict(true, "letters that make no words of a language");
        }
        if (unmapped && (junk(text, JUNK_UNMAPPED) || noLanguage(text, MIN_LETTERS_UNMAPPED) || text.chars() == 0)) {
            return new Verdict(true, "glyphs without characters");
        }
        return Verdict.READABLE;
    }

    private static boolean junk(PageTextEvidence text, int percent) {
        return text.judged() >= MIN_WORDS && text.junkShare() * 100 >= percent;
    }

    private static boolean noLanguage(PageTextEvidence text, int minLetters) {
        return text.latinLetters() >= minLetters && text.functionShare() * 100 < FUNCTION
                && text.commonLetterShare() * 100 < COMMON;
    }
}
