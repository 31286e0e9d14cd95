package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements of accounts as councils print them, drawn with PDFBox: figures right-aligned under
 * their headings, sections parted by blank space, bold section headings, totals under short rules,
 * a second table stacked under the first.
 */
class StreamAccountsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Right edges of the figure columns and the left edge of the label column. */
    private static final float PRIOR = 110;
    private static final float LABEL = 130;
    private static final float GROSS = 380;
    private static final float INCOME = 440;
    private static final float NET = 510;

    @TempDir
    Path tmp;

    private final TableFinder finder = TableFinder.standard();

    @Test
    void sectionsPartedByBlankSpaceWhoseRowsLineUpAreOneTable() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = header(pdf, 100);
        y = section(pdf, y, "DIRECT SERVICES", new String[][] {
                {"(3,000)", "Economic Development", "(4,022)", "-", "(4,022)"},
                {"-", "Cultural and Heritage", "(163,521)", "68,635", "(94,886)"},
                {"(2,500)", "Play and Recreation", "(109,981)", "-", "(109,981)"}});
        y += 40; // three blank lines before the next section
        section(pdf, y, "CENTRAL COSTS", new String[][] {
                {"(229,850)", "Central Support Costs", "(299,663)", "2,313", "(297,350)"},
                {"(107,246)", "Civic and Democratic Costs", "(68,644)", "-", "(68,644)"}});

        List<DetectedTable> tables = finder.onPage(page(pdf));

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertTrue(rows.contains(List.of("(3,000)", "Economic Development", "(4,022)", "-", "(4,022)")), rows.toString());
        assertTrue(rows.contains(List.of("", "CENTRAL COSTS", "", "", "")), rows.toString());
        assertEquals(List.of("(107,246)", "Civic and Democratic Costs", "(68,644)", "-", "(68,644)"), rows.getLast());
    }

    @Test
    void aBoxEdgeBetweenTwoTablesKeepsThemApartThoughTheirColumnsLineUp() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = 100;
        for (String[] row : new String[][] {{"Members Allowances", "12,237"}, {"Meeting Room Hire", "6,325"},
                {"Civic Events", "9,907"}}) {
            pdf.text(LABEL, y, row[0]);
            right(pdf, GROSS, y, row[1], false);
            y += 14;
        }
        pdf.line(60, y + 6, 530, y + 6).line(60, y + 14, 530, y + 14); // one box ends, the next begins
        y += 34;
        for (String[] row : new String[][] {{"Cllr D Allan", "715"}, {"Cllr L Allen", "715"}, {"Cllr C Bennett", "715"}}) {
            pdf.text(LABEL, y, row[0]);
            right(pdf, GROSS, y, row[1], false);
            y += 14;
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        assertEquals(2, tables.size(), tables.toString());
        assertEquals(List.of("Civic Events", "9,907"), tables.getFirst().rows().getLast());
        assertEquals(List.of("Cllr D Allan", "715"), tables.get(1).rows().getFirst());
    }

    @Test
    void rowsAfterAGapThatDoNotLineUpAreNotJoinedToTheBlockAbove() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = 100;
        for (String[] row : new String[][] {{"Title of meeting", "Trustee Board meeting"}, {"Date", "Tuesday 21 May"},
                {"Place", "Board Room"}}) {
            pdf.text(60, y, row[0]).text(200, y, row[1]);
            y += 14;
        }
        y += 30;
        pdf.text(60, y, "No.", 10, true).text(100, y, "Item", 10, true).text(330, y, "Lead", 10, true)
                .text(420, y, "Time", 10, true);
        y += 14;
        for (String[] row : new String[][] {{"1", "Welcome and apologies", "ES", "2.00 pm"},
                {"2", "Minutes of the last meeting", "ES", "2.05 pm"}, {"3", "Chief Executive's Report", "VS", "2.20 pm"}}) {
            pdf.text(60, y, row[0]).text(100, y, row[1]).text(330, y, row[2]).text(420, y, row[3]);
            y += 14;
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        // the title block above is labels with values, no table; the agenda grid is not joined to it
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("No.", "Item", "Lead", "Time"), tables.getFirst().rows().getFirst());
    }

    @Test
    void aNewHeaderOverTheFigureColumnsStartsAStackedTableAndItsTitleIsInNeither() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = header(pdf, 100);
        y = section(pdf, y, "DIRECT SERVICES", new String[][] {
                {"(3,000)", "Economic Development", "(4,022)", "-", "(4,022)"},
                {"-", "Cultural and Heritage", "(163,521)", "68,635", "(94,886)"},
                {"1,309,126", "Net Surplus for the year", "", "", "(97,126)"}});
        pdf.text(260, y, "Reserve Movements", 10, true);
        y += 20;
        right(pdf, GROSS, y, "Balance", true);
        right(pdf, INCOME, y, "Movement", true);
        right(pdf, NET, y, "Balance", true);
        y += 14;
        for (String[] row : new String[][] {{"1,309,126", "General Fund", "1,309,126", "(97,126)", "1,212,000"},
                {"", "Earmarked Reserves", "-", "827,769", "827,769"}}) {
            y = row(pdf, y, row);
        }

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        assertEquals(2, tables.size(), tables.toString());
        List<List<String>> first = tables.getFirst().rows();
        assertEquals(List.of("1,309,126", "Net Surplus for the year", "", "", "(97,126)"), first.getLast());
        List<List<String>> second = tables.get(1).rows();
        assertEquals(List.of("", "", "Balance", "Movement", "Balance"), second.getFirst());
        assertEquals(List.of("", "Earmarked Reserves", "-", "827,769", "827,769"), second.getLast());
        assertTrue(first.stream().flatMap(List::stream).noneMatch(c -> c.contains("Reserve Movements")));
    }

    @Test
    void anAmountUnderAnAmountStartsARowThoughTheLabelColumnIsEmpty() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = header(pdf, 100);
        y = section(pdf, y, "CURRENT ASSETS", new String[][] {
                {"60,473", "Debtors and Prepayments", "52,602", "", ""},
                {"1,354,007", "Cash at Bank and In-hand", "2,291,650", "", ""}});
        pdf.line(PRIOR - 50, y - 10, PRIOR, y - 10).line(GROSS - 50, y - 10, GROSS, y - 10);
        y = row(pdf, y, new String[] {"1,414,480", "", "2,344,252", "", ""});
        row(pdf, y, new String[] {"", "", "(42,000)", "", ""});

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows().stream().map(r -> r.subList(0, 3)).toList();
        assertEquals(List.of(List.of("1,414,480", "", "2,344,252"), List.of("", "", "(42,000)")),
                rows.subList(rows.size() - 2, rows.size()));
    }

    @Test
    void aLoneBoldLineUnderAPlainRowIsASectionRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = header(pdf, 100);
        y = section(pdf, y, "Current Assets", new String[][] {
                {"60,473", "Debtors and Prepayments", "52,602", "", ""},
                {"1,414,480", "", "2,344,252", "", ""}});
        y -= 2; // the heading set tight under the total, as word processors leave it
        section(pdf, y, "Current Liabilities", new String[][] {
                {"105,354", "Creditors and accrued expenses", "304,483", "", ""}});

        List<DetectedTable> tables = new StreamTableDetector().detect(page(pdf), List.of());

        assertEquals(1, tables.size(), tables.toString());
        List<String> labels = tables.getFirst().rows().stream().map(r -> r.get(1)).toList();
        assertTrue(labels.contains("Current Liabilities"), labels.toString());
        assertTrue(tables.getFirst().rows().stream().anyMatch(r -> r.get(0).equals("1,414,480") && r.get(1).isEmpty()),
                tables.getFirst().rows().toString());
    }

    /** The statement's column headings over two lines; returns the next baseline. */
    private float header(DrawnPdf pdf, float y) {
        right(pdf, PRIOR, y, "2017", true);
        right(pdf, GROSS, y, "2018", true);
        right(pdf, INCOME, y, "2018", true);
        right(pdf, NET, y, "2018", true);
        y += 12;
        right(pdf, PRIOR, y, "Net", true);
        right(pdf, GROSS, y, "Gross", true);
        right(pdf, INCOME, y, "Income", true);
        right(pdf, NET, y, "Net", true);
        return y + 20;
    }

    /** A bold section heading in the label column and its rows; returns the next baseline. */
    private float section(DrawnPdf pdf, float y, String heading, String[][] rows) {
        pdf.text(LABEL, y, heading, 10, true);
        y += 12;
        for (String[] r : rows) {
            y = row(pdf, y, r);
        }
        return y + 6;
    }

    private float row(DrawnPdf pdf, float y, String[] r) {
        right(pdf, PRIOR, y, r[0], false);
        if (!r[1].isEmpty()) {
            pdf.text(LABEL, y, r[1]);
        }
        right(pdf, GROSS, y, r[2], false);
        right(pdf, INCOME, y, r[3], false);
        right(pdf, NET, y, r[4], false);
        return y + 12;
    }

    /** Text ending at {@code x}, as figures are set. */
    private static void right(DrawnPdf pdf, float x, float y, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        try {
            float width = (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * 10;
            pdf.text(x - width, y, text, 10, bold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page page(DrawnPdf pdf) throws Exception {
        return new FileIngester().ingest(pdf.save(tmp.resolve("accounts.pdf"))).pages().getFirst();
    }
}
