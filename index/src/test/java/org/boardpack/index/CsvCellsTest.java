package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection rule: formula starters get a leading quote, nothing else changes. */
class CsvCellsTest {

    @Test
    void cellsThatWouldStartAFormulaAreQuoted() {
        assertEquals("'=HYPERLINK(\"http://x\",\"click\")", CsvCells.safe("=HYPERLINK(\"http://x\",\"click\")"));
        assertEquals("'@SUM(A1:A9)", CsvCells.safe("@SUM(A1:A9)"));
        assertEquals("'+44 20 7946 0000", CsvCells.safe("+44 20 7946 0000"));
        assertEquals("'-2+3", CsvCells.safe("-2+3"));
        assertEquals("'\tcmd", CsvCells.safe("\tcmd"));
        assertEquals("'\rcmd", CsvCells.safe("\rcmd"));
    }

    @Test
    void otherCellsAreUnchanged() {
        assertEquals("Chair to write to the council", CsvCells.safe("Chair to write to the council"));
        assertEquals("2024-03-01", CsvCells.safe("2024-03-01"));
        assertEquals(" =not first", CsvCells.safe(" =not first"));
        assertEquals("", CsvCells.safe(""));
        assertNull(CsvCells.safe(null));
    }

    @Test
    void rawLeavesEveryCellAsItIs() {
        assertEquals("=1+1", CsvCells.cell("=1+1", true));
        assertEquals("'=1+1", CsvCells.cell("=1+1", false));
    }
}
