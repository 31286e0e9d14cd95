package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.SeedLayouts;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingExtractorTest {

    private final MeetingExtractor extractor = new MeetingExtractor(new DateParser(), new TimeParser());

    @TempDir
    Path tmp;

    private Meeting meetingOf(ParsedDocument doc) {
        return extractor.extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), null)).orElseThrow();
    }

    @Test
    void titleBlockWithTimeAndPlaceLines() throws Exception {
        Meeting m = meetingOf(SeedLayouts.partnershipMinutes().ingest(tmp, "minutes.pdf"));
        assertEquals(new Meeting("blmk-partnership-board/2020-11-11", "BLMK Partnership Board", "2020-11-11", "16:00",
                "Microsoft Teams"), m);
    }

    @Test
    void councilSentenceUnderTheCouncilsName() throws Exception {
        Meeting m = meetingOf(SeedLayouts.councilMinutes().ingest(tmp, "council.pdf"));
        assertEquals("Central Bedfordshire Council Health and Wellbeing Board", m.body());
        assertEquals("2017-07-12", m.date());
        assertEquals("Council Chamber, Priory House, Monks Walk, Shefford", m.location());
        assertEquals(null, m.time(), "the sentence gives no time; none is guessed");
    }

    @Test
    void agendaTitleOverTwoLinesWithTimeRange() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(150, 60, "Partnership Board for", 16, true)
                .text(150, 80, "Bedfordshire, Luton and Milton Keynes", 16, true)
                .text(150, 110, "9 December 2020", 12, false)
                .text(150, 126, "3pm to 6pm", 12, false)
                .text(150, 142, "Via Microsoft Teams", 12, false)
                .bold(60, 180, "Item").bold(330, 180, "Lead").bold(450, 180, "Timings")
                .text(60, 200, "1. Apologies for absence").text(330, 200, "Chair").text(450, 200, "3.00 pm")
                .ingest(tmp, "agenda.pdf");
        Meeting m = meetingOf(doc);
        assertEquals("Partnership Board for Bedfordshire, Luton and Milton Keynes", m.body());
        assertEquals("2020-12-09", m.date());
        assertEquals("15:00", m.time());
        assertEquals("Microsoft Teams", m.location());
    }

    @Test
    void labelledFrontSheet() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(60, 60, "Health and Wellbeing Board", 16, true)
                .text(60, 90, "Date: Wednesday, 11 October 2017")
                .text(60, 105, "Time: 1.00 p.m.")
                .text(60, 120, "Location: Council Chamber, Priory House, Monks Walk, Shefford")
                .ingest(tmp, "front.pdf");
        Meeting m = meetingOf(doc);
        assertEquals("health-and-wellbeing-board/2017-10-11", m.id());
        assertEquals("13:00", m.time());
        assertEquals("Council Chamber, Priory House, Monks Walk, Shefford", m.location());
    }

    @Test
    void noDateNoMeeting() throws Exception {
        ParsedDocument doc = new PdfFixture().text(60, 60, "Finance Report", 16, true)
                .text(60, 90, "The month 7 position shows a deficit of 1.2m.").ingest(tmp, "report.pdf");
        assertTrue(extractor.extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, 1, null)).isEmpty());
    }
}
