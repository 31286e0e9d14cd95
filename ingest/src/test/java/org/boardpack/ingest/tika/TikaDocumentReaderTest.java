package org.boardpack.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word and HTML papers enter the same page model, their tables read from their own cell structure. */
class TikaDocumentReaderTest {

    @TempDir
    Path tmp;

    private final FileIngester ingester = new FileIngester();

    @Test
    void wordMinutesWithAnActionLogTable() throws Exception {
        Path docx = tmp.resolve("minutes.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            XWPFRun title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setText("BLMK Partnership Board Minutes");
            doc.createParagraph().createRun().setText("Wednesday 11th November 2020");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("The Strategic Outline Case for Milton Keynes hospital was presented to the CEO Group "
                    + "on 22nd October and was supported.");
            XWPFTable t = doc.createTable(3, 4);
            String[][] cells = {
                {"Ref", "Action", "Responsible", "Status"},
                {"31", "To provide letter of support on behalf of the ICS", "Chair", "Closing"},
                {"32", "To provide local authority colleagues with the business case", "Mark Thomas", "Open"}};
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    t.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
        }
        ParsedDocument parsed = ingester.ingest(docx);
        assertEquals("docx", parsed.format());
        String text = parsed.pages().getFirst().text();
        assertTrue(text.startsWith("BLMK Partnership Board Minutes\nWednesday 11th November 2020"), text);
        assertTrue(parsed.pages().getFirst().lines().getFirst().bold());
        List<DetectedTable> tables = TableFinder.standard().find(parsed);
        assertEquals(1, tables.size(), tables.toString());
        assertEquals(List.of(
                List.of("Ref", "Action", "Responsible", "Status"),
                List.of("31", "To provide letter of support on behalf of the ICS", "Chair", "Closing"),
                List.of("32", "To provide local authority colleagues with the business case", "Mark Thomas", "Open")),
                tables.getFirst().rows());
    }

    @Test
    void htmlTableWithSpansKeepsItsStructure() throws Exception {
        Path html = tmp.resolve("performance.html");
        Files.writeString(html, """
                <html><head><title>Performance</title></head><body>
                <h2>Table 3: ASCOF performance indicators</h2>
                <table border="1">
                <tr><th colspan="3">2019/20</th></tr>
                <tr><th>Local Authority</th><th>Target</th><th>Performance</th></tr>
                <tr><td>Luton</td><td>78%</td><td>71.2%</td></tr>
                <tr><td>Bedford</td><td>78%</td><td>80.1%</td></tr>
                </table>
                <p>The Board noted the report.</p>
                </body></html>
                """);
        ParsedDocument parsed = ingester.ingest(html);
        assertEquals("html", parsed.format());
        DetectedTable t = TableFinder.standard().find(parsed).getFirst();
        assertEquals(List.of(List.of("2019/20", "", ""), List.of("Local Authority", "Target", "Performance"),
                List.of("Luton", "78%", "71.2%"), List.of("Bedford", "78%", "80.1%")), t.rows());
        assertEquals(2, t.headerRows(), "header cells are bold");
        assertTrue(parsed.pages().getFirst().text().contains("The Board noted the report."));
    }

    @Test
    void emptyWordDocumentIsRefusedAsEmpty() throws Exception {
        Path docx = tmp.resolve("empty.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph();
            doc.write(out);
        }
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(docx));
        assertEquals(FailureKind.EMPTY, e.kind(), e.oneLine());
    }
}
