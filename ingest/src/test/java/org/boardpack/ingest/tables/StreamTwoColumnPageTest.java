package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trustees' report set in two columns, its table of income and expenditure in the right-hand
 * column between paragraphs, lines of the left column level with the table's rows: the left
 * column's sentences are no cells of the table.
 */
class StreamTwoColumnPageTest {

    private static final String LEFT = "The charity ended the first half of the year with unrestricted reserves of"
            + " 412,000 pounds, which is within the reserves policy range of three to six months of operating costs"
            + " agreed by the board in 2022.";
    private static final String LEFT2 = "Income from fundraising events was lower than planned because the spring"
            + " gala was postponed, but legacy income exceeded the budget. Trading income from the shops continued"
            + " to recover after the refurbishment of the High Street branch.";
    private static final String LEFT3 = "Expenditure on charitable activities was in line with budget. The main"
            + " variances are summarised in the table opposite, and the treasurer will present a reforecast.";
    private static final String RIGHT = "The finance sub-committee recommends that the board approve a revised events"
            + " budget for the second half of the year and note the strong legacy position.";
    private static final String RIGHT2 = "Cash balances remain healthy, of which a quarter is held on notice deposit."
            + " No investments were made or sold during the period.";
    private static final String[][] ROWS = {
        {"Donations", "120,000", "114,350"}, {"Legacies", "50,000", "88,020"}, {"Events", "45,000", "12,410"},
        {"Shops", "210,000", "203,775"}, {"Grants", "95,000", "95,000"}, {"Fundraising costs", "(62,000)", "(58,440)"}};

    @TempDir
    Path tmp;

    @Test
    void tableBesideProseColumnHoldsOnlyItsOwnRows() throws Exception {
        StreamTestPdf pdf = new StreamTestPdf();
        float y = pdf.paragraph(50, 100, 45, LEFT);
        y = pdf.paragraph(50, y + 13, 45, LEFT2);
        pdf.paragraph(50, y + 13, 45, LEFT3);
        float r = pdf.paragraph(310, 100, 45, RIGHT) + 13;
        pdf.bold(310, r, "Line").bold(430, r, "Budget").bold(490, r, "Actual");
        for (String[] row : ROWS) {
            r += 13;
            pdf.text(310, r, row[0]).text(430, r, row[1]).text(490, r, row[2]);
        }
        pdf.paragraph(310, r + 26, 45, RIGHT2);
        Path file = tmp.resolve("twocol.pdf");
        pdf.write(file);
        Page page = new FileIngester().ingest(file).pages().getFirst();

        List<DetectedTable> tables = new StreamTableDetector().detect(page, List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(List.of("Line", "Budget", "Actual"), rows.getFirst(), rows.toString());
        assertEquals(ROWS.length + 1, rows.size(), rows.toString());
        assertEquals(List.of(ROWS[5]), rows.getLast(), rows.toString());
    }
}
