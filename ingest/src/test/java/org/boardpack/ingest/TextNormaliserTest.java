package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Text is normalised once so that patterns downstream can rely on plain spaces and plain letters. */
class TextNormaliserTest {

    @Test
    void unicodeSpacesBecomeOrdinarySpacesThatBackslashSMatches() {
        String raw = "Item\u00A012\u2002Minutes\u2009of\u202Fthe\u3000meeting\u205Fheld\u1680on";
        String text = TextNormaliser.normalise(raw);
        assertEquals("Item 12 Minutes of the meeting held on", text);
        assertTrue(Pattern.compile("^Item\\s+12\\s+Minutes").matcher(text).find());
    }

    @Test
    void everyUnicodeSpaceIsAWordBreak() {
        for (int cp : new int[] {' ', '\t', 0x00A0, 0x2000, 0x2005, 0x200A, 0x202F, 0x205F, 0x3000, 0x1680}) {
            assertTrue(TextNormaliser.isSpace(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'a', '-', 0x200B, 0x00AD, 0xF0B7, '•'}) {
            assertFalse(TextNormaliser.isSpace(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void zeroWidthAndDirectionCharactersAreRemovedJoinersKept() {
        assertEquals("Councillor", TextNormaliser.normalise("Coun\u200Bcil\u2060lor\uFEFF"));
        assertEquals("Smith", TextNormaliser.normalise("\u200ESmith\u200F"));
        assertEquals("می\u200Cخواهم", TextNormaliser.normalise("می\u200Cخواهم"));
    }

    @Test
    void softHyphensAreRemovedInsideAWordAndAreTheHyphenAtItsEnd() {
        assertEquals("recommendation", TextNormaliser.normalise("recom\u00ADmen\u00ADdation"));
        // a PDF line hyphenated at a soft hyphen draws it at the line's end
        assertEquals("recom-", TextNormaliser.normalise("recom\u00AD"));
        assertEquals("recom- dation", TextNormaliser.normalise("recom\u00AD dation"));
        assertEquals("", TextNormaliser.normalise("\u00AD"));
    }

    @Test
    void ligaturesAreExpanded() {
        assertEquals("financial office staff effect affluent", TextNormaliser.normalise("ﬁnancial oﬃce staﬀ eﬀect aﬄuent"));
        assertEquals("flood", TextNormaliser.normalise("ﬂood"));
    }

    @Test
    void aLonePrivateUseGlyphIsABulletButNotInsideAWord() {
        for (int cp : new int[] {0xF0B7, 0xF0A7, 0xF076, 0xF0D8, 0xF0FC, 0xE000, 0xF8FF}) {
            assertEquals(TextNormaliser.BULLET, TextNormaliser.normalise(Character.toString(cp)), Integer.toHexString(cp));
        }
        assertEquals("• Apologies • Minutes", TextNormaliser.normalise("\uF0B7\u00A0Apologies \uF0A7 Minutes"));
        assertEquals("ab\uF0B7c", TextNormaliser.normalise("ab\uF0B7c"));
        assertEquals("\uF021\uF022", TextNormaliser.normalise("\uF021\uF022"));
    }

    @Test
    void asciiTextComesBackAsItIsAndControlCharactersAreLeftForTheGarbleCheck() {
        String plain = "Resolved: that the minutes (12/03) be approved.";
        assertEquals(plain, TextNormaliser.normalise(plain));
        assertEquals("a b", TextNormaliser.normalise("a\tb"));
        assertEquals("\u0003\u0007", TextNormaliser.normalise("\u0003\u0007"));
        // curly quotes are text as printed
        assertEquals("‘Chair’s report’", TextNormaliser.normalise("‘Chair’s report’"));
    }
}
