package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowGuesserTest {

    private static StreamRow row(boolean bold, String... cells) {
        return new StreamRow(List.of(cells), 0, 0, bold, 1);
    }

    @Test
    void aSectionHeadingUnderTheHeadingRowIsNotAHeader() {
        List<StreamRow> rows = List.of(row(true, "", "Budget", "Actual"), row(true, "DIRECT SERVICES", "", ""),
                row(false, "Play and Recreation", "173,000", "186,258"), row(false, "Town in Bloom", "22,000", "23,857"),
                row(true, "Net expenditure", "195,000", "210,115"));

        assertEquals(1, new HeaderRowGuesser().guess(rows));
    }

    @Test
    void aGroupHeadingOverTheColumnsIsAHeader() {
        List<StreamRow> rows = List.of(row(true, "", "Income", ""), row(true, "Service", "Budget", "Actual"),
                row(false, "Play and Recreation", "173,000", "186,258"), row(false, "Town in Bloom", "22,000", "23,857"));

        assertEquals(2, new HeaderRowGuesser().guess(rows));
    }

    @Test
    void aFirstColumnLabelCentredDownTheHeaderRowsIsPartOfTheHeader() {
        // "Directorate" set to span the year-group row and the headings row, centred between them
        List<StreamRow> rows = List.of(row(true, "", "2022/23", "", "2023/24", ""),
                row(true, "Directorate", "", "", "", ""),
                row(true, "", "Budget £k", "Actual £k", "Budget £k", "Actual £k"),
                row(false, "Adult Social Care", "48,210", "49,873", "51,900", "53,102"),
                row(false, "Public Health", "9,802", "9,802", "10,240", "10,198"),
                row(true, "Total", "58,012", "59,675", "62,140", "63,300"));

        assertEquals(3, new HeaderRowGuesser().guess(rows));
    }
}
