package org.boardpack.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

    /** Lines of a council pack, as printed: the words it uses whole and its compounds. */
    private static final Vocabulary PACK = Vocabulary.of(List.of(
            "2. that the Pharmaceutical Needs Assessment Update be circulated electronically.",
            "Trustees asked about the break clause and the cost of the fit-out.",
            "The position of Vice-Chairman for 2017/18 remain vacant until the new",
            "Members asked for assurance on long term plans, over the term of the plan.",
            "that the Pharmaceutical Needs Assessment Update be circulated electroni-"));

    private final LineJoiner joiner = new LineJoiner(PACK);

    @Test
    void aWordPrintedWholeElsewhereWasBrokenByTheLine() {
        assertEquals("be circulated electronically.", joiner.join(List.of("be circulated electroni-", "cally.")));
    }

    @Test
    void aCompoundPrintedWithItsHyphenElsewhereKeepsIt() {
        assertEquals("the cost of the fit-out.", joiner.join(List.of("the cost of the fit-", "out.")));
    }

    @Test
    void beforeACapitalOrADigitTheHyphenIsTheText() {
        assertEquals("the position of Vice-Chairman", joiner.join(List.of("the position of Vice-", "Chairman")));
        assertEquals("the COVID-19 response", joiner.join(List.of("the COVID-", "19 response")));
    }

    @Test
    void prefixesAndTwoWordsOfTheDocumentAreCompounds() {
        assertEquals("the co-production group", joiner.join(List.of("the co-", "production group")));
        assertEquals("the long-term plan", joiner.join(List.of("the long-", "term plan")));
    }

    @Test
    void aFragmentThatIsNoWordIsABreak() {
        assertEquals("the vaccination programme", joiner.join(List.of("the vacci-", "nation programme")));
    }

    @Test
    void aDashBetweenWordsIsNotAHyphen() {
        assertEquals("the plan - attached", joiner.join(List.of("the plan -", "attached")));
    }

    @Test
    void vocabularyLeavesOutFragmentsBrokenAtALineEnd() {
        assertTrue(PACK.hasWord("electronically"));
        assertFalse(PACK.hasWord("electroni"));
        assertTrue(PACK.hasCompound("fit-out"));
        assertTrue(PACK.hasCompound("Vice-Chairman"));
    }
}
