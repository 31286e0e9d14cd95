package org.boardpack.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A document's words and compounds, as printed; the hand scan finds what its pattern finds. */
class VocabularyTest {

    @Test
    void wordsCompoundsAndLineEndFragments() {
        Vocabulary v = Vocabulary.of(List.of("The long-term plan and Trust's follow-up", "a waiting list for electroni-",
                "cally held records"));
        assertTrue(v.hasWord("the"));
        assertTrue(v.hasWord("trust's"));
        assertTrue(v.hasCompound("long-term"));
        assertTrue(v.hasCompound("follow-up"));
        assertFalse(v.hasWord("electroni"), "a line-end fragment is not a word");
        assertFalse(v.hasWord("electroni-"));
        assertTrue(v.hasWord("cally"));
    }

    @Test
    void theScanFindsThePatternsTokens() {
        String[] pieces = {"a", "B", "é", "ß", "\uD835\uDC00", "1", "-", "--", "'", "’", " ", "\t", ".", "(", "x-", "-y"};
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(16); p >= 0; p--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String line = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = Vocabulary.TOKEN.matcher(line);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> scanned = new ArrayList<>();
            for (int at = 0; at < line.length(); ) {
                int end = Vocabulary.tokenEnd(line, at);
                if (end < 0) {
                    at += Character.charCount(line.codePointAt(at));
                } else {
                    scanned.add(at + ":" + line.substring(at, end));
                    at = end;
                }
            }
            assertEquals(expected, scanned, () -> "tokens of [" + line + "]");
        }
    }
}
