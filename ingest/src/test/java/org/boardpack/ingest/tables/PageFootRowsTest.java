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
 * A budget whose first cost line falls at the foot of a page, its label wrapped over three lines
 * with the amount on the last, and whose other lines head the next page with no header repeated:
 * one table, starting on the first page.
 */
class PageFootRowsTest {

    @TempDir
    Path tmp;

    @Test
    void aRowAloneAtAPageFootStartsTheTableContinuedOverleaf() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = 600;
        for (String line : new String[] {"The total cost of staging the events is estimated to be 125,000 pounds,",
            "with income from ticket sales and sponsorship expected to contribute at least a fifth.",
            "The estimated costs are summarised as follows:"}) {
            pdf.text(72, y, line);
            y += 14;
        }
        y += 14;
        pdf.text(72, y, "Insurance, Technical").text(72, y + 12, "& Production Costs")
                .text(72, y + 24, "(including 5% contingency)").text(250, y + 24, "£95,200");
        pdf.newPage();
        y = 80;
        for (String[] row : new String[][] {{"CBSO professional fees", "£21,000"}, {"Other Artists Fees", "£5,000"},
            {"Box Office, Marketing and PR", "£3,800"}, {"Total", "£125,000"}}) {
            pdf.text(72, y, row[0]).text(250, y, row[1]);
            y += 16;
        }
        pdf.text(72, y + 30, "6. Legal Implications", 10, true);
        ParsedDocument doc = new FileIngester().ingest(pdf.save(tmp.resolve("budget.pdf")));

        List<DetectedTable> tables = TableFinder.standard().find(doc);

        assertEquals(1, tables.size(), tables.toString());
        DetectedTable t = tables.getFirst();
        assertEquals(List.of(1, 2), List.of(t.page(), t.lastPage()));
        assertEquals(List.of("Insurance, Technical & Production Costs (including 5% contingency)", "£95,200"),
                t.rows().getFirst());
        assertEquals(5, t.rows().size(), t.rows().toString());
    }
}
