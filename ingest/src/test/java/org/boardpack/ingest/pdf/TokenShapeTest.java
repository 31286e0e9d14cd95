package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Words, numbers and codes of any script are readable; symbols run together are junk. */
class TokenShapeTest {

    @Test
    void wordsOfAnyScriptWithTheirJoinersAndPunctuation() {
        for (String w : new String[] {"meeting", "(Chairman),", "O'Neil", "co-operation", "e.g.", "and/or", "AT&T",
            "“approved”.", "Cllr", "réunion", "Straße", "اجتماع", "会议记录", "Собрание", "συνεδρίαση", "बैठक"}) {
            assertEquals(TokenShape.WORD, TokenShape.of(w), w);
        }
    }

    @Test
    void numbersDatesAmountsAndCodes() {
        for (String n : new String[] {"12", "£1,250.00", "18/03/2014", "7.30pm", "25th", "14/037:", "(3)", "-4.5", "50%"}) {
            assertEquals(TokenShape.NUMBER, TokenShape.of(n), n);
        }
        for (String c : new String[] {"Q3", "SW1A", "COVID-19", "B12a", "clerk@horsley-pc.org.uk", "https://www.gov.uk/find?q=precept"}) {
            assertEquals(TokenShape.CODE, TokenShape.of(c), c);
        }
    }

    @Test
    void punctuationStandingAloneIsNeitherReadableNorJunk() {
        for (String p : new String[] {"-", "–", "•", "&", "£", "...", "|", "____", "(", "\u2026"}) {
            assertEquals(TokenShape.PUNCTUATION, TokenShape.of(p), p);
        }
    }

    @Test
    void symbolsAndDigitsRunTogetherAndControlOrPrivateUseCharactersAreJunk() {
        for (String j : new String[] {"+'88+3-", "6+7+38116')0+88", "/398+74,8.+2++8/3-.+1*43", "%8;", "#.)%#;;%",
            "\u0003\u0011\u0012", "\uF021\uF022\uF023", "\uFFFD\uFFFD\uFFFD\uFFFD"}) {
            assertEquals(TokenShape.JUNK, TokenShape.of(j), j);
        }
    }
}
