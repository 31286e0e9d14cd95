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
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes to a statement of accounts, drawn with PDFBox: a lettered title of two runs ("A   Income and
 * Expenditure Account (Unaudited)") set apart by blank space, then headings stacked over each
 * figures column (a year, a currency sign, a heading wrapped over two lines), then the rows.
 */
class StackedHeadingsTest {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    /** Left edge of the labels; centres of the two figures columns; left edge of the comments. */
    private static final float LABEL = 100;
    private static final float NET = 280;
    private static final float BUDGET = 345;
    private static final float COMMENT = 390;

    @TempDir
    Path tmp;

    @Test
    void yearAndCurrencyLinesAreHeaderRowsOfTheirOwnAndAWrappedHeadingIsOneCell() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        note(pdf, 100, "A");

        List<DetectedTable> tables = TableFinder.standard().find(doc(pdf));

        assertEquals(1, tables.size(), tables.toString());
        List<List<String>> rows = tables.getFirst().rows();
        assertEquals(List.of("", "2018", "2018", ""), rows.get(0));
        assertEquals(List.of("", "£", "£", ""), rows.get(1));
        assertEquals(List.of("", "Net Expenditure", "Budget", ""), rows.get(2));
        assertEquals(List.of("Salaries", "152,360", "312,300", "Salary for staff"), rows.get(3));
        assertEquals(3, tables.getFirst().headerRows());
    }

    @Test
    void aTwoRunTitleSetApartByBlankSpaceIsNoRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        note(pdf, 100, "A");

        List<List<String>> rows = TableFinder.standard().find(doc(pdf)).getFirst().rows();

        assertTrue(rows.stream().flatMap(List::stream).noneMatch(c -> c.contains("Unaudited")), rows.toString());
    }

    @Test
    void aTableUnderItsOwnCaptionAtAPageTopIsNoContinuationOfTheTableOverleaf() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        note(pdf, 560, "A");
        pdf.newPage();
        note(pdf, 60, "B");

        List<DetectedTable> tables = TableFinder.standard().find(doc(pdf));

        assertEquals(2, tables.size(), tables.toString());
        assertEquals(List.of(1, 2), tables.stream().map(DetectedTable::page).toList());
    }

    @Test
    void headingsStackedOnePerLineOverALoneFiguresColumnAreKeptAboveTheRows() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        float y = 130;
        for (String heading : new String[] {"2018", "£", "Net", "Expenditure"}) {
            centred(pdf, NET, y, heading);
            y += 12;
        }
        String[][] rows = {{"By-election Contingency", "50,000"}, {"Cycles in Town", "175,000"},
            {"Election Costs", "37,000"}, {"Members Allowances", "4,962"}, {"Sutton Library", "42,000"}};
        for (String[] r : rows) {
            pdf.text(LABEL, y, r[0]);
            centred(pdf, NET, y, r[1]);
            y += 12;
        }

        List<List<String>> table = TableFinder.standard().find(doc(pdf)).getFirst().rows();

        assertEquals(List.of(List.of("", "2018"), List.of("", "£"), List.of("", "Net Expenditure")), table.subList(0, 3));
        assertEquals(List.of("By-election Contingency", "50,000"), table.get(3));
    }

    /** A lettered note: its title, stacked headings and six rows, from baseline {@code y}. */
    private static void note(DrawnPdf pdf, float y, String letter) {
        pdf.text(72, y, letter, 12, true);
        pdf.text(LABEL, y, "Income and Expenditure Account (Unaudited)", 10, true);
        y += 30;
        centred(pdf, NET, y, "2018");
        centred(pdf, BUDGET, y, "2018");
        y += 12;
        centred(pdf, NET, y, "£");
        centred(pdf, BUDGET, y, "£");
        y += 12;
        centred(pdf, NET, y, "Net");
        centred(pdf, BUDGET, y, "Budget");
        y += 12;
        centred(pdf, NET, y, "Expenditure");
        y += 14;
        String[][] rows = {{"Salaries", "152,360", "312,300", "Salary for staff"}, {"Staff Expenses", "482", "7,500", ""},
            {"Office Costs", "22,713", "30,000", "Office rent"}, {"Subscriptions", "5,612", "5,500", "NALC and SLCC"},
            {"Insurance", "2,619", "2,500", "Year 1 of 3"}, {"Bank Charges", "148", "500", ""}};
        for (String[] r : rows) {
            pdf.text(LABEL, y, r[0]);
            centred(pdf, NET, y, r[1]);
            centred(pdf, BUDGET, y, r[2]);
            if (!r[3].isEmpty()) {
                pdf.text(COMMENT, y, r[3]);
            }
            y += 12;
        }
    }

    /** Bold headings and figures centred on {@code x}, as this layout sets both. */
    private static void centred(DrawnPdf pdf, float x, float y, String text) {
        boolean bold = !Character.isDigit(text.charAt(0)) || text.length() == 4;
        try {
            float width = (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * 10;
            pdf.text(x - width / 2, y, text, 10, bold);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedDocument doc(DrawnPdf pdf) throws Exception {
        return new FileIngester().ingest(pdf.save(tmp.resolve("notes.pdf")));
    }
}
