package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The runs a text of PDFBox's splits into are those of {@code strip().split("\\s+")}, white space of every kind included. */
class WordTokensTest {

    private static final String[] PIECES = {"a", "Board", "é", "ﬁ", " ", "  ", "\t", "\n", "\r", "\u000B", "\f",
        "\u00A0", "\u2003", "\u3000", "-", ""};

    @Test
    void tokensAreThoseOfSplittingOnAsciiWhiteSpace() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            assertEquals(Arrays.asList(text.strip().split("\\s+")), WordCollector.tokens(text), () -> "tokens of [" + text + "]");
        }
    }
}
