package org.boardpack.extract.meetings;

import org.boardpack.model.meetings.Meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
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
    void aRunningHeaderOverEveryPageIsNotThePapersHeading() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(400, 30, "Public Board – 12 March 2024", 9, false)
                .text(72, 80, "Northfield Community Healthcare NHS Foundation Trust", 12, true)
                .text(72, 110, "Meeting of the Board of Directors held in Public", 16, true)
                .text(72, 135, "Tuesday 12 March 2024, 10:00 – 13:00", 11, true)
                .text(72, 150, "Boardroom, Kingsway House", 11, true)
                .text(72, 180, "Agenda", 14, true)
                .text(72, 200, "1. Welcome and apologies for absence");
        for (int p = 2; p <= 3; p++) {
            pdf.newPage().text(400, 30, "Public Board – 12 March 2024", 9, false).text(72, 80, "Report text on page " + p);
        }
        Meeting m = extractor.extract(pdf.ingest(tmp, "pack.pdf"), new DocumentSpan(DocumentType.AGENDA, null, 1, 1, null)).orElseThrow();
        assertEquals("Board of Directors", m.body());
        assertEquals("2024-03-12", m.date());
        assertEquals("10:00", m.time());
        assertEquals("Boardroom, Kingsway House", m.location());
    }

    @Test
    void aRunningHeaderIsReadWhereThePageHasNoOtherHeading() throws Exception {
        PdfFixture pdf = new PdfFixture();
        for (int p = 1; p <= 3; p++) {
            (p == 1 ? pdf : pdf.newPage()).text(72, 30, "Finance Committee Minutes – 12 March 2024", 9, false)
                    .text(72, 80, p + ". Item text on page " + p);
        }
        Meeting m = meetingOf(pdf.ingest(tmp, "minutes.pdf"));
        assertEquals("Finance Committee", m.body());
        assertEquals("2024-03-12", m.date());
    }

    @Test
    void aRunningFooterIsReadWhereThePageHasNoOtherDate() throws Exception {
        PdfFixture pdf = new PdfFixture();
        for (int p = 1; p <= 3; p++) {
            PdfFixture page = p == 1 ? pdf : pdf.newPage();
            if (p == 1) {
                page.text(72, 60, "Brookfield Housing Association", 14, true)
                        .text(72, 80, "Audit and Risk Committee – Minutes", 13, true)
                        .text(72, 100, "Present: Alison Greer (Chair), Tom Hadley");
            }
            for (int k = 0; k < 20; k++) {
                page.text(72, 130 + 25 * k, (k + 1) + ". Item text on page " + p);
            }
            page.text(72, 810, "Audit and Risk Committee – 21 May 2024 – Minutes", 8, false);
        }
        Meeting m = meetingOf(pdf.ingest(tmp, "minutes.pdf"));
        assertEquals("Audit and Risk Committee", m.body());
        assertEquals("2024-05-21", m.date());
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

    @Test
    void thePlaceWrapsUnderTheDateLineAndTheAgendaWordUnderIt() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(205, 90, "SPRINGFIELD CITY COUNCIL", 14, true)
                .text(110, 124, "CABINET COMMITTEE - GROUP COMPANY GOVERNANCE", 14, true)
                .text(192, 169, "TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS", 12, true)
                .text(192, 184, "IN COMMITTEE ROOM 2, COUNCIL HOUSE, VICTORIA SQUARE,", 12, true)
                .text(192, 199, "SPRINGFIELD, B1 1BB", 12, true)
                .text(264, 245, "A G E N D A", 14, true)
                .text(120, 303, "1 APOLOGIES").text(151, 330, "To receive any apologies.")
                .ingest(tmp, "agenda.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("Cabinet Committee - Group Company Governance", m.body(), "the council's letterhead stands apart");
        assertEquals("15:00", m.time());
        assertEquals("COMMITTEE ROOM 2, COUNCIL HOUSE, VICTORIA SQUARE, SPRINGFIELD, B1 1BB", m.location());
    }

    @Test
    void labelledTimeAndLocationSetApartUnderTheTitle() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(254, 83, "Approved Minutes", 12, true)
                .text(202, 101, "Transportation Commission Meeting", 12, true)
                .text(233, 119, "Wednesday, May 24, 2023", 12, true)
                .text(72, 150, "Time: 6:30 p.m.", 12, false)
                .text(72, 182, "Location: City Hall, 2263 Main Avenue, Council Chambers", 12, false)
                .text(72, 198, "The City allows members of the public to participate in person or remotely via Zoom. For", 12, false)
                .text(72, 340, "1. Roll Call", 12, true)
                .text(72, 372, "Present: Chair Soules, Vice Chair Yuen and Commissioners Johnson and Weitze.")
                .ingest(tmp, "minutes.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("18:30", m.time());
        assertEquals("City Hall, 2263 Main Avenue, Council Chambers", m.location());
    }

    @Test
    void minutesWithoutAHeadingTimeTakeTheTimeTheyRecordTheMeetingBegan() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(230, 90, "SPRINGFIELD PRIMARY SCHOOL BOARD OF GOVERNORS", 12, true)
                .text(78, 120, "COMMITTEE:").text(214, 120, "Business Management Committee")
                .text(474, 120, "DATE:").text(568, 120, "21 March 2022")
                .text(78, 220, "GOVERNOR ATTENDANCE", 12, true)
                .text(72, 390, "In attendance: None")
                .newPage()
                .text(72, 90, "The meeting commenced at 1832")
                .text(72, 110, "It was agreed that the budget be approved.")
                .ingest(tmp, "governors.pdf");
        assertEquals("18:32", Headings.meeting(doc, 1).orElseThrow().time());
        ParsedDocument us = new PdfFixture()
                .text(255, 143, "MINUTES OF THE", 12, true)
                .text(177, 157, "SPRINGFIELD FREE LIBRARY BOARD MEETING", 12, true)
                .text(223, 171, "WEDNESDAY, JULY 12, 2023", 12, true)
                .text(50, 201, "The regular meeting of the Springfield Free Library Board was called to order at 6:01 p.m.")
                .text(50, 231, "ROLL CALL").text(158, 231, "Present:").text(230, 231, "Sara Strickler, President")
                .ingest(tmp, "library.pdf");
        Meeting m = Headings.meeting(us, 1).orElseThrow();
        assertEquals("Springfield Free Library Board", m.body());
        assertEquals("18:01", m.time());
    }

    @Test
    void aReportInAPackWhoseAgendaCarriesTheMeetingGivesNone() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(200, 60, "Northfield Trust", 16, true)
                .text(200, 80, "Agenda", 14, true)
                .text(60, 105, "Title of meeting").text(220, 105, "Board of Trustees meeting")
                .text(60, 120, "Date").text(220, 120, "Tuesday 27 September 2022")
                .text(60, 150, "No.").text(100, 150, "Item").text(400, 150, "Lead")
                .newPage()
                .text(60, 60, "Paper B – Meeting of the Board of Trustees, 27 September 2022")
                .text(60, 76, "Chief Executive's Report", 14, true)
                .text(60, 95, "Report of: H Yardley, Chief Executive")
                .text(60, 110, "Date: 27 September 2022")
                .text(60, 140, "Purpose of this report")
                .newPage()
                .text(60, 60, "Northfield Trust Board Action Log - Updated 20 September 2022", 14, true)
                .text(60, 90, "Ref").text(100, 90, "Action").text(300, 90, "Responsible").text(400, 90, "Status")
                .text(60, 105, "32").text(100, 105, "Report on the estates plan").text(300, 105, "D Yardley").text(400, 105, "Open")
                .ingest(tmp, "pack.pdf");
        assertTrue(Headings.meeting(doc, 1).isPresent());
        assertTrue(Headings.meeting(doc, 2).isEmpty(), "the agenda speaks for the pack's reports");
        assertTrue(Headings.meeting(doc, 3).isEmpty(), "an action log is kept for a meeting, not its own paper");
    }

    @Test
    void aReportAloneIsForTheCommitteeItsTitleNames() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(72, 45, "Amenities Committee Community Grant Applications 15th November 2016")
                .text(72, 70, "FOUR OAKS WARD", 11, true)
                .text(72, 90, "Organisation").text(250, 90, "Status").text(400, 90, "Amount")
                .ingest(tmp, "grants.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("Amenities Committee", m.body(), "the title is cut after the committee it is for");
        assertEquals("2016-11-15", m.date());
    }

    @Test
    void accountsDatedAtTheYearEndAreNoMeeting() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(200, 100, "Springfield Town Council", 16, false)
                .text(220, 120, "Statement of Accounts", 16, false)
                .text(225, 140, "(Not Subject to Audit)", 16, false)
                .text(240, 160, "31 March 2018", 16, false)
                .ingest(tmp, "accounts.pdf");
        assertTrue(Headings.meeting(doc, 1).isEmpty());
    }

    @Test
    void aHeadingNamingOnlyTheKindOfMeetingTakesThePacksBody() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(267, 75, "Annual General Meeting", 22, false)
                .text(356, 100, "2007", 22, false)
                .text(57, 144, "SATURDAY, 12th May, 2007 at 11:30am.")
                .text(57, 160, "St Gabriel’s Halls,")
                .text(57, 269, "Order of Business", 15, false)
                .text(77, 310, "1 To Receive Apologies from Members unable to attend")
                .text(77, 330, "2 To receive the accounts")
                .newPage()
                .text(57, 60, "AGM-2007/04: Minutes of the Previous AGM", 12, true)
                .text(57, 80, "Minutes of the Second Annual General Meeting (AGM) of Springfield Tenants, 11th February, 2006, at")
                .text(57, 94, "11:30am.")
                .ingest(tmp, "bundle.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("Springfield Tenants", m.body());
        assertEquals("2007-05-12", m.date());
        assertEquals("11:30", m.time());
        assertEquals("St Gabriel’s Halls", m.location());
    }

    @Test
    void minutesOpeningPartWayDownAPageAreReadFromTheirHeading() throws Exception {
        PdfFixture pdf = new PdfFixture();
        for (int i = 0; i < 8; i++) {
            pdf.text(72, 60 + 36 * i, (i + 5) + ". ITEM " + (i + 5)).text(100, 75 + 36 * i, "Date of the report: " + (i + 1) + " March 2015");
        }
        ParsedDocument doc = pdf
                .text(72, 400, "Minutes of the meeting of Little Hadham Parish Council held on Wednesday 8 April 2015 at")
                .text(72, 414, "7.30pm in Hadham Village Hall")
                .text(72, 440, "PRESENT: Cllrs R Lester (Chairman), D Bonner and E Bradbury")
                .text(72, 465, "1. APOLOGIES FOR ABSENCE")
                .ingest(tmp, "page.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("little-hadham-parish-council/2015-04-08", m.id());
        assertEquals("19:30", m.time());
    }

    @Test
    void aPackWhoseMeetingIsOnlyOnItsCoverSheets() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(200, 60, "Board Papers", 18, true)
                .text(60, 100, "Contents").text(60, 120, "Paper A   Finance report").text(60, 135, "Paper B   Quality report")
                .newPage()
                .text(60, 60, "Meeting:").text(220, 60, "Quality and Safety Committee")
                .text(60, 75, "Date of meeting:").text(220, 75, "5 May 2020")
                .text(60, 90, "Report title:").text(220, 90, "Finance report")
                .text(60, 105, "Report author:").text(220, 105, "A Smith, Director of Finance")
                .ingest(tmp, "papers.pdf");
        assertTrue(Headings.meeting(doc, 1).isEmpty(), "the front page names no meeting");
        Meeting m = Headings.meeting(doc, 2).orElseThrow();
        assertEquals("quality-and-safety-committee/2020-05-05", m.id());
    }

    @Test
    void aUsAgendaWithTheTimeAndPlaceUnderTheDate() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(270, 60, "AGENDA", 14, true)
                .text(170, 78, "REGULAR MEETING OF THE CITY COUNCIL", 14, true)
                .text(210, 96, "TUESDAY, MAY 2, 2023", 12, true)
                .text(250, 111, "7:00 P.M.", 12, true)
                .text(200, 126, "COUNCIL CHAMBERS, CITY HALL", 12, true)
                .text(72, 170, "1. CALL TO ORDER").text(72, 190, "2. ROLL CALL").text(72, 210, "3. CONSENT CALENDAR")
                .ingest(tmp, "us-agenda.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("City Council", m.body());
        assertEquals("2023-05-02", m.date());
        assertEquals("19:00", m.time());
        assertEquals("COUNCIL CHAMBERS, CITY HALL", m.location());
    }

    @Test
    void trusteesMinutesWithLabelledFieldsUnderTheTitle() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(72, 60, "Board of Trustees Meeting", 16, true)
                .text(72, 80, "Minutes", 14, true)
                .text(72, 105, "Date: 12 March 2019")
                .text(72, 120, "Time: 10:00 – 12:30")
                .text(72, 135, "Venue: Head Office, London")
                .text(72, 160, "Present: A Smith (Chair), B Jones, C Brown")
                .ingest(tmp, "trustees.pdf");
        Meeting m = Headings.meeting(doc, 1).orElseThrow();
        assertEquals("board-of-trustees/2019-03-12", m.id());
        assertEquals("10:00", m.time());
        assertEquals("Head Office, London", m.location());
    }

    @Test
    void aHeadingDateWithoutItsYearTakesTheYearOfTheFilesNameWhereTheWeekdayFits() throws Exception {
        PdfFixture page = new PdfFixture()
                .text(118, 100, "CSS Committee Meeting - Minutes", 29, true)
                .text(51, 195, "Location:", 16, true).text(146, 195, "Discord", 16, true)
                .text(51, 211, "Date:", 16, true).text(146, 211, "Tuesday 24th September", 16, true)
                .text(51, 227, "Time:", 16, true).text(146, 227, "19:30", 16, true)
                .text(60, 280, "1 Apologies received").text(60, 300, "2 Adoption of Previous Minutes");
        Meeting m = meetingOf(page.ingest(tmp, "committee-minutes-2024-09-24.pdf"));
        assertEquals("2024-09-24", m.date());
        assertEquals("css-committee/2024-09-24", m.id());
        // 24 September 2023 was a Sunday: a name's year the weekday denies is no year
        assertTrue(extractor.extract(page.ingest(tmp, "committee-minutes-2023.pdf"),
                new DocumentSpan(DocumentType.MINUTES, null, 1, 1, null)).isEmpty());
    }

    @Test
    void aGeneralMeetingKnownByItsYearAloneIsDatedByTheYear() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(150, 60, "Friends of Hollow Park Annual General Meeting", 16, true)
                .text(150, 80, "2019", 16, true)
                .text(60, 120, "1 Apologies: Apologies were received from Ms J. Doe")
                .text(60, 136, "2 Minutes of the last meeting were approved")
                .text(60, 152, "3 Elections: the Chair was re-elected unopposed")
                .ingest(tmp, "agm.pdf");
        Meeting m = meetingOf(doc);
        assertEquals("2019", m.date());
        assertEquals("friends-of-hollow-park/2019", m.id());
        assertEquals("Friends of Hollow Park", m.body());
    }

    @Test
    void aYearInAnyOtherTitleIsNoMeetingsDate() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(150, 60, "Friends of Hollow Park Annual Report", 16, true)
                .text(150, 80, "2019", 16, true)
                .text(60, 120, "1 Introduction: the year was a busy one for the Friends")
                .ingest(tmp, "report.pdf");
        assertTrue(extractor.extract(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, 1, null)).isEmpty());
    }
}
