package org.boardpack.extract.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.model.tables.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cover sheet's ruled label/value block is no table record; a ruled two-column grid of amounts is. */
class TitleBlockTablesTest {

    @TempDir
    Path tmp;

    /** A ruled grid of two columns split at {@code mid}, one row per pair, from {@code top} down. */
    private static void grid(PdfFixture f, float top, float mid, String[][] rows) {
        float bottom = top + 20 * rows.length;
        for (int r = 0; r <= rows.length; r++) {
            f.rule(70, top + 20 * r, 500, top + 20 * r);
        }
        for (float x : new float[] {70, mid, 500}) {
            f.rule(x, top, x, bottom);
        }
        for (int r = 0; r < rows.length; r++) {
            f.text(75, top + 20 * r + 14, rows[r][0]).text(mid + 5, top + 20 * r + 14, rows[r][1]);
        }
    }

    @Test
    void aRuledCoverSheetBlockIsNoTableAndARuledGridOfAmountsIs() throws Exception {
        PdfFixture f = new PdfFixture();
        grid(f, 80, 220, new String[][] {
                {"Meeting title", "Trust Board (Public)"},
                {"Date of meeting", "12 May 2021"},
                {"Report author", "Director of Finance"},
                {"Purpose", "For approval"}});
        f.text(70, 230, "The grants recommended this year are set out below.");
        grid(f, 250, 220, new String[][] {
                {"Village Hall", "£1,200"},
                {"Scout Group", "£450"},
                {"Footpaths Society", "£300"}});
        ParsedDocument doc = f.ingest(tmp, "cover.pdf");
        List<Table> tables = new TableExtractor(TableFinder.standard()).extract(doc);
        assertEquals(List.of(List.of(List.of("Village Hall", "£1,200"), List.of("Scout Group", "£450"),
                List.of("Footpaths Society", "£300"))), tables.stream().map(Table::rows).toList());
    }

    @Test
    void aTwoColumnGridWithAHeaderRowOverBothIsATable() throws Exception {
        PdfFixture f = new PdfFixture();
        float top = 80;
        for (int r = 0; r <= 4; r++) {
            f.rule(70, top + 20 * r, 500, top + 20 * r);
        }
        for (float x : new float[] {70, 220, 500}) {
            f.rule(x, top, x, top + 80);
        }
        f.bold(75, 94, "Risk").bold(225, 94, "Mitigation");
        f.text(75, 114, "Staff turnover").text(225, 114, "Retention plan agreed");
        f.text(75, 134, "Cyber attack").text(225, 134, "Training for all staff");
        f.text(75, 154, "Winter demand").text(225, 154, "Escalation beds opened");
        List<Table> tables = new TableExtractor(TableFinder.standard()).extract(f.ingest(tmp, "risks.pdf"));
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of("Risk", "Mitigation"), tables.getFirst().rows().getFirst());
        assertEquals(1, tables.getFirst().headerRows());
    }
}
