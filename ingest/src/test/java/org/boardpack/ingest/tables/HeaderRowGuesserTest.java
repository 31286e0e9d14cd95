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
}
