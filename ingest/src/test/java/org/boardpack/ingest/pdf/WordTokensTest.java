package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The runs a text of PDFBox's splits into are those between word breaks of every kind: ASCII white
 * space and the Unicode spaces (no-break U+00A0 included); a bullet glyph glued to its word is split off.
 */
class WordTokensTest {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u001C-\\u001F\\p{Z}]");

    private static final String[] PIECES = {"a", "Board", "é", "ﬁ", " ", "  ", "\t", "\n", "\r", "\u000B", "\f",
        "\u00A0", "\u2003", "\u3000", "\u202F", "\u2007", "\u200B", "-", ""};

    @Test
    void tokensAreThoseOfSplittingOnEveryKindOfSpace() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertEquals(Arrays.asList(SPACES.matcher(text).replaceAll(" ").strip().split(" +")), WordTokens.of(text),
                    () -> "tokens of [" + text + "]");
        }
    }

    @Test
    void aBulletGlyphGluedToItsWordIsAWordOfItsOwn() {
        assertEquals(List.of("\uF0B7", "Apologies", "\uF0A7", "received"), WordTokens.of("\uF0B7Apologies \uF0A7received"));
        assertEquals(List.of("\uF021\uF022"), WordTokens.of("\uF021\uF022"));
    }
}
