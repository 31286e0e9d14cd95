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
 * <p>Evidence, per page, and the thresholds. Calibrated on 47 real papers, 13 hard PDFs (Arabic
 * and Chinese text, dot leaders drawn as replacement characters), the tabula samples and the
 * generated corpus: readable pages showed at most 22 % junk words and at least 62 % common
 * letters; garbled pages at least 71 % junk words; English shifted by 1–25 letters 25–49 % common
 * letters; prose in ten other Latin-script languages 59–77 % once accents are dropped (Welsh 53 %,
 * which its function words keep apart).
 * <ul>
 * <li><b>junk words</b> ({@link TokenShape}): words that are neither words of letters, numbers nor
 *     codes. At least {@value #JUNK}% of the judged words (and at least {@value #MIN_WORDS} of
 *     them) is garbled on its own.</li>
 * <li><b>no language</b>: for at least {@value #MIN_LETTERS} Latin letters, fewer than
 *     {@value #COMMON}% of them are the ten commonest and fewer than {@value #FUNCTION}% of the
 *     words are common function words ({@link FunctionWords}): letters stand for other letters.
 *     Catches most shifts; a shift that happens to keep common letters common goes by.</li>
 * <li><b>unmapped glyphs</b>: at least {@value #UNMAPPED}% of the glyphs drawn have no Unicode
 *     mapping in their font ({@link GlyphCount}). Not enough alone (old TeX fonts have none, yet
 *     put letters at their ASCII codes, which PDFBox then reads right), but it lowers the bar:
 *     {@value #JUNK_UNMAPPED}% of junk words, or fewer than {@value #COMMON}% common letters in
 *     {@value #MIN_LETTERS_UNMAPPED} letters whatever the function words, or no text left at all
 *     (PDFBox drops a composite font's unmapped glyphs) is then enough.</li>
 * </ul>
 * A page with less text than that is not judged: too little to tell, and too little to matter.
 */
final class GarbledTextCheck {

    static final int JUNK = 45;
    static final int MIN_WORDS = 8;
    static final int FUNCTION = 5;
    static final int COMMON = 52;
    static final int MIN_LETTERS = 200;
    static final int UNMAPPED = 50;
    /** With most glyphs unmapped: the lower bars. */
    static final int JUNK_UNMAPPED = 25;
    static final int MIN_LETTERS_UNMAPPED = 100;
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
        if (unmapped && (junk(text, JUNK_UNMAPPED) || uncommonLetters(text, MIN_LETTERS_UNMAPPED) || text.chars() == 0)) {
            return new Verdict(true, "glyphs without characters");
        }
        return Verdict.READABLE;
    }

    private static boolean junk(PageTextEvidence text, int percent) {
        return text.judged() >= MIN_WORDS && text.junkShare() * 100 >= percent;
    }

    private static boolean noLanguage(PageTextEvidence text, int minLetters) {
        return uncommonLetters(text, minLetters) && text.functionShare() * 100 < FUNCTION;
    }

    private static boolean uncommonLetters(PageTextEvidence text, int minLetters) {
        return text.latinLetters() >= minLetters && text.commonLetterShare() * 100 < COMMON;
    }
}
