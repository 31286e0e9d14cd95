package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A governor attendance grid (member x meeting date, coded cells) read in the meeting's column. */
class AttendanceGridTest {

    @TempDir
    Path tmp;

    private List<String> read(PdfFixture f, String meeting) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "fgb.pdf");
        return new AttendanceExtractor().extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount()), meeting)
                .stream().map(a -> String.join("|", a.status().name().toLowerCase(), a.name(), a.role() == null ? "" : a.role()))
                .toList();
    }

    /** Rows of a grid with codes in columns at x 300, 340, 380, 420; a Type column at 230. */
    private static PdfFixture grid(PdfFixture f) {
        return f.bold(60, 150, "GOVERNOR ATTENDANCE").bold(230, 150, "Type")
                .text(60, 170, "HEATHER POUSTIE").text(230, 170, "Headteacher")
                .text(300, 170, "P").text(340, 170, "P").text(380, 170, "S")
                .text(60, 185, "PAUL EVEMY").text(230, 185, "LA")
                .text(300, 185, "P").text(340, 185, "A").text(380, 185, "P")
                .text(60, 200, "ANDREW MCKENZIE").text(230, 200, "Parent")
                .text(300, 200, "S").text(340, 200, "P").text(380, 200, "L")
                .text(60, 215, "KEITH MOORE").text(230, 215, "Parent")
                .text(300, 215, "P")
                .text(100, 240, "P – Present").text(250, 240, "S – Sanctioned")
                .text(100, 253, "A – Absent").text(250, 253, "L – Late arrival");
    }

    @Test
    void theMeetingsColumnUnderItsDateGivesEachMembersStatusAndTheTypeColumnTheRole() throws Exception {
        PdfFixture f = grid(new PdfFixture().bold(150, 60, "FULL GOVERNING BODY")
                .text(290, 135, "11/10/2021").text(330, 120, "06/12/2021").text(370, 135, "28/03/2022").text(410, 120, "23/05/2022"))
                .text(60, 300, "Andrew McKenzie gave the headteacher's report.");
        // 28 March: the third column; Keith Moore has no mark there (resigned) and is not listed
        assertEquals(List.of("apologies|Heather Poustie|Headteacher", "present|Paul Evemy|LA",
                "present|Andrew McKenzie|Parent"), read(f, "fgb/2022-03-28"));
        assertEquals(List.of("present|Heather Poustie|Headteacher", "absent|Paul Evemy|LA",
                "present|Andrew McKenzie|Parent"), read(f, "fgb/2021-12-06"));
        // a date printed over its column heads it, whatever columns before it hold no marks
        PdfFixture gap = grid(new PdfFixture().bold(150, 60, "FULL GOVERNING BODY")
                .text(236, 120, "13/09/2021").text(276, 135, "11/10/2021").text(316, 120, "06/12/2021")
                .text(356, 135, "28/03/2022"));
        assertEquals(List.of("apologies|Heather Poustie|Headteacher", "present|Paul Evemy|LA",
                "present|Andrew Mckenzie|Parent"), read(gap, "fgb/2022-03-28"));
    }

    @Test
    void dateHeadersPrintedOutOfPlaceAreMatchedByTheirOrder() throws Exception {
        // headers set sideways come out of the text layer away from their columns, in any order
        PdfFixture f = grid(new PdfFixture().bold(150, 60, "FULL GOVERNING BODY"))
                .text(450, 280, "28/03/2022").text(450, 300, "11/10/2021").text(450, 320, "06/12/2021")
                .text(450, 340, "23/05/2022");
        assertEquals(List.of("apologies|Heather Poustie|Headteacher", "present|Paul Evemy|LA",
                "present|Andrew Mckenzie|Parent"), read(f, "fgb/2022-03-28"));
        // a meeting whose column holds no marks yet lists no one
        assertEquals(List.of(), read(f, "fgb/2022-05-23"));
    }
}
