package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void amountsAreFiguresWithCommasSignsBracketsDecimalsOrTheNilDash() {
        for (String s : new String[] {"1,309,126", "(97,126)", "£2334.00", "71.2%", "-", "–", "£12.50"}) {
            assertTrue(Figures.amount(s), s);
            assertTrue(Figures.figure(s), s);
        }
    }

    @Test
    void bareNumbersAreFiguresButNotAmounts() {
        for (String s : new String[] {"4.", "4.1", "2018", "715", "1.2.3"}) {
            assertTrue(Figures.figure(s), s);
            assertFalse(Figures.amount(s), s);
        }
    }

    @Test
    void wordsAreNeither() {
        for (String s : new String[] {"", "Box 1", "April 2017", "Note", "£", "Vesey £600"}) {
            assertFalse(Figures.figure(s), s);
            assertFalse(Figures.amount(s), s);
        }
    }
}
