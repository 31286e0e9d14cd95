package org.boardpack.ingest.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A council agenda's front sheet drawn without rules, as browsers and word processors print it:
 * "Item | Subject | Page Nos." over numbered rows, a subject's description wrapped onto a line of
 * its own under the subject, page ranges in the right-hand column. The "Item" heading is wider
 * than the numbers under it, so it crowds against "Subject" into one run of words.
 */
class StreamAgendaGridTest {

    private static final String[][] ITEMS = {
        {"1.", "Apologies for Absence", "", ""},
        {"2.", "Declarations of Interest", "Members are reminded to declare any disclosable pecuniary interests.", ""},
        {"3.", "Minutes", "To confirm the minutes of the meeting held on 10 October 2023 as a record.", "5 - 12"},
        {"4.", "Medium Term Financial Strategy", "", "13 - 48"},
        {"5.", "Housing Revenue Account Business Plan", "", "49 - 76"},
        {"6.", "Exclusion of the Press and Public", "", ""}};

    /** Where the subjects start: a third of an em after the bold "Item" heading ends. */
    private static final float SUBJECT = 84;

    @TempDir
    Path tmp;

    @Test
    void aDescriptionWrappedUnderItsSubjectStaysInItsRow() throws Exception {
        DrawnPdf pdf = new DrawnPdf();
        agenda(pdf, true);

        List<List<String>> rows = only(pdf).rows();

        assertEquals(ITEMS.length + 1, rows.size(), rows.toString());
        assertEquals(List.of("Item", "Subject", "Page Nos."), rows.getFirst());
        assertEquals(List.of("3.", "Minutes " + ITEMS[2][2], "5 - 12"), rows.get(3));
        assertEquals("6.", rows.getLast().getFirst());
    }

    @Test
    void numberedRowsUnderAHeaderNamingTheNumbersAreAGridWithoutItAList() throws Exception {
        DrawnPdf headed = new DrawnPdf();
        agenda(headed, true);
        DrawnPdf bare = new DrawnPdf();
        agenda(bare, false);

        assertEquals(1, tables(headed).size());
        assertTrue(tables(bare).isEmpty(), tables(bare).toString());
    }

    /** The front sheet from y = 100, 14 points a line, the header row first when {@code headed}. */
    private static void agenda(DrawnPdf pdf, boolean headed) {
        float y = 100;
        if (headed) {
            pdf.text(60, y, "Item", 10, true).text(SUBJECT, y, "Subject", 10, true).text(480, y, "Page Nos.", 10, true);
            y += 18;
        }
        for (String[] item : ITEMS) {
            pdf.text(60, y, item[0]).text(SUBJECT, y, item[1], 10, true);
            if (!item[3].isEmpty()) {
                pdf.text(490, y, item[3]);
            }
            if (!item[2].isEmpty()) {
                y += 13;
                pdf.text(SUBJECT, y, item[2]);
            }
            y += 18;
        }
    }

    private List<DetectedTable> tables(DrawnPdf pdf) throws Exception {
        Page page = new FileIngester().ingest(pdf.save(tmp.resolve("agenda" + System.nanoTime() + ".pdf"))).pages().getFirst();
        return new StreamTableDetector().detect(page, List.of());
    }

    private DetectedTable only(DrawnPdf pdf) throws Exception {
        List<DetectedTable> found = tables(pdf);
        assertEquals(1, found.size(), found.toString());
        return found.getFirst();
    }
}
