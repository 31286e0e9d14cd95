package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.documents.DocumentSegmenter;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperMeetingsTest {

    @TempDir
    Path tmp;

    @Test
    void aReportNamingTheMeetingItIsForRecordsNothingTheMeetingDid() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(120, 60, "Springfield Town Council Meeting 21 February 2017", 12, false)
                .text(230, 76, "Agenda Item 166", 12, false)
                .text(200, 92, "Summer in Springfield", 12, false)
                .text(72, 130, "Council is recommended to approve the events programme for the summer.")
                .text(72, 160, "1. Purpose of Report", 12, true)
                .text(90, 176, "To advise Council of the proposed arrangements for the events.")
                .text(72, 200, "2. Recommendations", 12, true)
                .text(90, 216, "Council is recommended to approve the budget for the events.")
                .ingest(tmp, "report.pdf");
        List<DocumentSpan> papers = new DocumentSegmenter(Headings.DATES).segment(doc);
        assertEquals(List.of(DocumentType.REPORT), papers.stream().map(DocumentSpan::type).toList());
        PaperMeetings.Result met = new PaperMeetings(new MeetingExtractor(Headings.DATES, Headings.TIMES)).assign(doc, papers);
        assertEquals(List.of("springfield-town-council/2017-02-21"), List.copyOf(met.meetings().keySet()));
        assertTrue(met.records().isEmpty(), "its numbered sections are no minutes");
    }
}
