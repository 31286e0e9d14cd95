package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note to the accounts headed by its letter in the margin and a short title within the first
 * column ("E   Balance Sheet"), a blank line above its rows: the title names the table, it is no
 * row of it, though no run of it runs across a column boundary.
 */
class LetteredNoteTitleTest {

    @TempDir
    Path tmp;

    @Test
    void aNoteLetterInTheMarginMakesTheLineATitle() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        pdf.text(90, 70, "E", 10, true).text(108, 70, "Balance Sheet", 10, true);
        String[][] rows = {{"Refundable Deposit", "1,800", "Office Space Rental"},
            {"VAT", "10,792", "Q4 Refund Outstanding"}, {"Accrued Income", "1,309", "Q4 Interest on Deposit"},
            {"Prepayments", "2,150", "Insurance paid in advance"}};
        float y = 96;
        for (String[] row : rows) {
            pdf.text(108, y, row[0]).text(290 - 5.6f * row[1].length(), y, row[1]).text(315, y, row[2]);
            y += 12.6f;
        }
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("note.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("Refundable Deposit", "1,800", "Office Space Rental"), tables.getFirst().rows().getFirst());
        assertEquals(rows.length, tables.getFirst().rows().size(), tables.getFirst().rows().toString());
    }
}
