package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleBlocksTest {

    private static DetectedTable table(int headerRows, List<List<String>> rows) {
        return new DetectedTable(1, 1, 70, 80, 500, 200, headerRows, rows, "lattice");
    }

    @Test
    void labelsWithWordsAndADateForValuesAreATitleBlock() {
        assertTrue(TitleBlocks.labelValueBlock(table(0, List.of(
                List.of("Meeting title", "Trust Board"), List.of("Date of meeting", "12/05/2021"),
                List.of("Time", "10:00"), List.of("Report author", "Director of Finance"), List.of("Purpose", "For approval")))));
    }

    @Test
    void aFormWhoseFirstRowIsBoldIsStillATitleBlockWhenItsLabelsEndInColons() {
        assertTrue(TitleBlocks.labelValueBlock(table(1, List.of(
                List.of("Meeting title", "Partnership Board Date: 8 February 2023"), List.of("Report title:", "Estates Strategy"),
                List.of("Agenda item:", "5"), List.of("SRO:", "Name: Ursula Hollis"), List.of("Report Author:", "Name: Nadia Carter")))));
        assertFalse(TitleBlocks.labelValueBlock(table(1, List.of(
                List.of("Risk", "Mitigation"), List.of("Staff turnover:", "Retention plan"), List.of("Cyber", "Training")))));
    }

    @Test
    void valuesMostlyFiguresAHeaderOverBothColumnsOrAmountsAsLabelsAreData() {
        assertFalse(TitleBlocks.labelValueBlock(table(0, List.of(
                List.of("Village Hall", "£1,200"), List.of("Scout Group", "£450"), List.of("Footpaths", "Nil")))));
        assertFalse(TitleBlocks.labelValueBlock(table(1, List.of(
                List.of("Risk", "Mitigation"), List.of("Staff turnover", "Retention plan")))));
        assertFalse(TitleBlocks.labelValueBlock(table(0, List.of(
                List.of("£1,200", "Village Hall"), List.of("£450", "Scout Group")))));
    }

    @Test
    void runningTextBesideLabelsOrMoreThanTwoColumnsIsNotATitleBlock() {
        assertFalse(TitleBlocks.labelValueBlock(table(0, List.of(
                List.of("Item", "Discussion"),
                List.of("The board discussed the quarterly report at length", "Noted")))));
        assertFalse(TitleBlocks.labelValueBlock(table(0, List.of(
                List.of("Meeting title", "Trust Board", "x"), List.of("Date", "12 May", "y")))));
    }
}
