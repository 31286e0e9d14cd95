package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.Hyphenator;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextWrap;
import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void breaksAtSyllableishPointsOnly() {
        List<Integer> b = Hyphenator.breaks("vaccination");
        assertTrue(b.contains(5), "vacci-nation: " + b);
        assertTrue(Hyphenator.breaks("Thorneycroft").isEmpty(), "names stay whole");
        assertTrue(Hyphenator.breaks("recruit").isEmpty(), "no re-c-ruit");
        assertTrue(Hyphenator.breaks("short").isEmpty());
    }

    @Test
    void wrappedTextLosesNothingButHyphens() {
        Style s = Fonts.standard().regular(10);
        String text = "The organisation's transformation programme demonstrated considerable improvement "
                + "notwithstanding significant implementation difficulties experienced throughout.";
        List<String> lines = TextWrap.wrap(text, s, 120f, true);
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*\\p{Ll}-")), "some line ends hyphenated: " + lines);
        String joined = String.join("\n", lines).replaceAll("(?<=\\p{Ll})-\n(?=\\p{Ll})", "").replace('\n', ' ');
        assertEquals(text, joined);
        for (String l : lines) {
            assertTrue(TextWrap.width(l, s) <= 120f || !l.contains(" "), "too wide: " + l);
        }
    }

    @Test
    void printedTextKeepsTheHyphenAndJoinsTheBreak() {
        Style s = Fonts.standard().regular(10);
        String text = "The organisation's transformation programme demonstrated considerable improvement "
                + "notwithstanding significant implementation difficulties experienced throughout.";
        List<String> lines = TextWrap.wrap(text, s, 120f, true);
        String printed = TextWrap.printed(text, s, 120f, true);
        assertEquals(String.join(" ", lines).replaceAll("(?<=\\p{Ll})- ", "-"), printed);
        assertTrue(printed.matches(".*\\p{Ll}-\\p{Ll}.*"), "a word broken as printed: " + printed);
        assertEquals(text, TextWrap.printed(text, s, 120f, false));
        assertEquals("Information [x] Approval", TextWrap.printed("Information [x]   Approval", s, 400f, false));
    }
}
