package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActionVocabularyFoldTest {

    /** The fold as three patterns spelled it before it became one pass: the reference. */
    private static String byPatterns(String s) {
        String folded = s.toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
        return folded.replaceAll(":$", "").strip();
    }

    @Test
    void headingsFoldAsTheVocabulariesHoldThem() {
        assertEquals("action/owner", ActionVocabulary.fold("Action / Owner"));
        assertEquals("action by", ActionVocabulary.fold("  Action\t by:"));
        assertEquals("action:", ActionVocabulary.fold("Action: "));
        assertEquals("a//b", ActionVocabulary.fold("a / / b"));
    }

    @Test
    void theOnePassFoldAgreesWithThePatternsOnAnyText() {
        String alphabet = "aB /:\t\n\u00a0\u2003/:x";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byPatterns(s.toString()), ActionVocabulary.fold(s.toString()), () -> "'" + s + "'");
        }
    }
}
