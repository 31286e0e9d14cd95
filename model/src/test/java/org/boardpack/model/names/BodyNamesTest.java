package org.boardpack.model.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyNamesTest {

    @Test
    void aSlugDropsAccentsReadsAmpersandAsAndAndHyphensTheRest() {
        assertEquals("blmk-partnership-board", BodySlug.of("BLMK Partnership Board"));
        assertEquals("amenities-leisure-and-community-services", BodySlug.of("Amenities, Leisure & Community Services"));
        assertEquals("cafe-committee", BodySlug.of(" Café Committee "));
    }

    @Test
    void anAcronymAndItsExpansionAreOneBodyButSharedWordsAloneAreNot() {
        assertTrue(SameBody.test("BLMK Partnership Board", "Partnership Board for Bedfordshire, Luton and Milton Keynes"));
        assertTrue(SameBody.test("Mid Vale Health and Wellbeing Board", "Mid Vale Council Health and Wellbeing Board"));
        assertFalse(SameBody.test("Planning Committee", "Finance Committee"));
        assertFalse(SameBody.test("Audit Committee", "Audit and Risk Sub-Group"));
    }

    @Test
    void thePapersWordsAreKnownInAnyCase() {
        assertTrue(BodyPaperWords.contains("Minutes"));
        assertTrue(BodyPaperWords.contains("meeting"));
        assertFalse(BodyPaperWords.contains("Board"));
    }

    @Test
    void aMissingWordListIsADefectNamedAsSuch() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.read(WordList.class, "none.txt"));
        assertTrue(e.getMessage().contains("none.txt"));
    }
}
