package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Action logs held together by whitespace: where rows start, where the table stops, how it goes over the page. */
class UnruledLogReaderTest {

    private static final float[] WIDTHS = {32f, 52f, 95f, 165f, 85f, 50f, 48f, 243f};

    @TempDir
    Path tmp;

    private static List<Action> extract(PdfFixture f, Path dir) throws Exception {
        TableFinder finder = TableFinder.standard();
        var doc = f.ingest(dir, "log.pdf");
        return new ActionLogExtractor(finder).extract(doc, finder.find(doc), page -> "swv-partnership-board");
    }

    private static String[] row(String ref, String action) {
        return new String[] {ref, "22-Jan-20", "Elective Recovery", action, "Neil Ingham", "May-20", "Open",
                "05.02.20 data pack circulated."};
    }

    @Test
    void aLogRunningToTheFootGoesOnOverThePageWithoutItsHeader() throws Exception {
        PdfFixture f = new PdfFixture().landscape();
        RuledTable first = new RuledTable(36, WIDTHS).unruled().row(ActionFixtures.LOG_HEADER);
        for (int r = 0; r < 14; r++) {
            first.row(row(String.valueOf(20 + r), "Provide a breakdown of the elective\nwaiting list by specialty"));
        }
        first.row(row("34", "Agree the system funding arrangements\nfor discharge to assess beds beyond\nthe end"));
        first.draw(f, 40);
        f.newPage().landscape();
        new RuledTable(36, WIDTHS).unruled().row("", "", "", "of the national scheme.", "", "", "", "")
                .row(row("35", "Develop a joint engagement plan with\nHealthwatch for the system priorities."))
                .draw(f, 40);
        List<Action> got = extract(f, tmp);
        assertEquals(16, got.size());
        Action broken = got.get(14);
        assertEquals("34", broken.ref());
        assertEquals("Agree the system funding arrangements for discharge to assess beds beyond the end "
                + "of the national scheme.", broken.description());
        assertEquals(1, broken.page());
        assertEquals("35", got.get(15).ref());
        assertEquals(2, got.get(15).page());
    }

    @Test
    void proseUnderTheLogIsNotARow() throws Exception {
        PdfFixture f = new PdfFixture().landscape();
        float y = new RuledTable(36, WIDTHS).unruled().row(ActionFixtures.LOG_HEADER)
                .row(row("31", "Provide a breakdown of the elective\nwaiting list by specialty and place."))
                .row(row("32", "Agree the system funding arrangements."))
                .draw(f, 40);
        f.text(36, y + 14, "The Board noted the action log and agreed that the actions marked as closed would be "
                + "removed from the next version of the log.", 9, false);
        List<Action> got = extract(f, tmp);
        assertEquals(List.of("31", "32"), got.stream().map(Action::ref).toList());
        assertEquals("Agree the system funding arrangements.", got.get(1).description());
        assertEquals("05.02.20 data pack circulated.".substring(9), got.get(1).updates().getFirst().text());
    }

    @Test
    void rowsSetWithoutSpaceBetweenThemStartAtEachReference() throws Exception {
        PdfFixture f = new PdfFixture().landscape();
        float[] x = {36, 70, 120, 215, 380, 465, 515, 563};
        String[] header = {"Ref", "Date", "Item", "Action", "Responsible", "Deadline", "Status", "Comments"};
        for (int c = 0; c < x.length; c++) {
            f.text(x[c], 50, header[c], 9, true);
        }
        String[][] lines = {
                {"43", "15-Apr-20", "Urgent and Emergency", "Provide assurance on the impact of", "Tobias Bannerman",
                        "May-20", "Closing", "20.04.20 assurance report included"},
                {"", "", "Care Performance", "ambulance handover delays", "", "", "", ""},
                {"44", "15-Apr-20", "Strategic Outline Case", "To provide a letter of support", "Chair", "May-20",
                        "Closed", "16.04.20- letter of support provided"}};
        for (int l = 0; l < lines.length; l++) {
            for (int c = 0; c < x.length; c++) {
                if (!lines[l][c].isEmpty()) {
                    f.text(x[c], 64 + 11 * l, lines[l][c], 9, false);
                }
            }
        }
        List<Action> got = extract(f, tmp);
        assertEquals(List.of("43", "44"), got.stream().map(Action::ref).toList());
        assertEquals("Urgent and Emergency Care Performance", got.getFirst().item());
        assertEquals("Provide assurance on the impact of ambulance handover delays", got.getFirst().description());
        assertEquals("Chair", got.get(1).owner());
    }

    @Test
    void headingsWrappedOntoASecondLineAreReadWhole() throws Exception {
        PdfFixture f = new PdfFixture();
        float[] x = {40, 80, 300, 380, 440};
        String[] first = {"Ref", "Action", "Action", "Target", "Update"};
        String[] second = {"", "", "owner", "date", ""};
        for (int c = 0; c < x.length; c++) {
            f.text(x[c], 60, first[c], 9, true);
            if (!second[c].isEmpty()) {
                f.text(x[c], 71, second[c], 9, true);
            }
        }
        f.text(x[0], 90, "A12", 9, false).text(x[1], 90, "Circulate the winter plan to all partners", 9, false)
                .text(x[2], 90, "S Wood", 9, false).text(x[3], 90, "31/01/2021", 9, false)
                .text(x[4], 90, "Drafted", 9, false);
        List<Action> got = extract(f, tmp);
        assertEquals(1, got.size());
        assertEquals("S Wood", got.getFirst().owner());
        assertEquals("2021-01-31", got.getFirst().due());
        assertEquals("Circulate the winter plan to all partners", got.getFirst().description());
    }
}
