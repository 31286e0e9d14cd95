package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitleBlockTest {

    private final TitleBlock block = new TitleBlock(Headings.DATES, Headings.TIMES);

    @TempDir
    Path tmp;

    @Test
    void aLetterheadInAnotherCaseAboveTheBodyIsNotPartOfIt() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(236, 94, "City of Springfield, Oregon", 11, true)
                .text(182, 106, "SOCIAL SERVICE HUMAN RELATIONS BOARD", 11, true)
                .text(222, 119, "THURSDAY, OCTOBER 26, 2023", 11, true)
                .text(249, 132, "APPROVED MINUTES", 11, true)
                .text(72, 157, "1. CALL TO ORDER", 11, true), tmp)).orElseThrow();
        assertEquals("Social Service Human Relations Board", r.body());
        assertEquals("2023-10-26", r.date().toString());
        assertTrue(r.declared(), "APPROVED MINUTES under the date names the paper");
    }

    @Test
    void aCitysNameOverTheCommissionsInTheSameTypeIsTheOrganisation() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(220, 80, "CITY OF SPRINGFIELD", 12, true)
                .text(210, 95, "PLANNING COMMISSION", 12, true)
                .text(200, 110, "REGULAR MEETING MINUTES", 12, true)
                .text(230, 125, "MAY 5, 2020", 12, true), tmp)).orElseThrow();
        assertEquals("Planning Commission", r.body());
    }

    @Test
    void aNameWrappedBeforeItsBodyNoun() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(200, 80, "Health and Wellbeing", 16, true)
                .text(200, 98, "Board", 16, true)
                .text(200, 120, "Wednesday 5 May 2021", 12, false), tmp)).orElseThrow();
        assertEquals("Health and Wellbeing Board", r.body());
    }

    @Test
    void approvedMinutesAndMeetingAroundTheName() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(254, 83, "Approved Minutes", 12, true)
                .text(202, 101, "Transportation Commission Meeting", 12, true)
                .text(233, 119, "Wednesday, May 24, 2023", 12, true), tmp)).orElseThrow();
        assertEquals("Transportation Commission", r.body());
    }

    @Test
    void minutesColonSpecialMeetingOfTheBodyWithTheTimeAfterTheDate() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(268, 141, "MINUTES:", 14, true)
                .text(207, 157, "*Special Meeting of the Springfield", 14, true)
                .text(147, 173, "Parks and Recreation Advisory Commission (PRAC)", 14, true)
                .text(195, 189, "Wednesday, July 13, 2022, 4:30 P.M.", 14, true), tmp)).orElseThrow();
        assertEquals("Springfield Parks and Recreation Advisory Commission", r.body());
        assertEquals("16:30", r.time());
    }

    @Test
    void theNameAndDateOnOneLine() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(72, 82, "TWG Meeting Record Feb 22 2021", 14, true)
                .text(72, 121, "In Attendance", 13, true), tmp)).orElseThrow();
        assertEquals("TWG", r.body());
        assertEquals("2021-02-22", r.date().toString());
        assertTrue(r.declared());
    }

    @Test
    void theTimeBeforeTheDateAndTheKindOfMeetingLeftOut() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(230, 150, "Committee Meeting", 17, false)
                .text(276, 174, "Agenda", 17, false)
                .text(203, 217, "Postgraduate Physics Students’ Society", 11, false)
                .text(221, 248, "14.00, Tuesday 15th March, 2016", 11, false)
                .text(92, 303, "1 Attendance", 14, true), tmp)).orElseThrow();
        assertEquals("Postgraduate Physics Students’ Society", r.body());
        assertEquals("14:00", r.time());
    }

    @Test
    void theCouncilsNameOverTheCommitteesIsAnotherName() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(200, 60, "East Marches Council", 14, true)
                .text(150, 78, "East Marches Health and Wellbeing Board", 14, true)
                .text(200, 110, "Wednesday, 18 October 2017", 12, false), tmp)).orElseThrow();
        assertEquals("East Marches Health and Wellbeing Board", r.body());
    }

    @Test
    void aReportsTitleOverTheCommitteeItIsFor() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(72, 45, "Community Grant Applications 13th March 2018")
                .text(72, 60, "Amenities, Leisure & Community Services Committee")
                .text(72, 82, "Summary Table", 11, true), tmp)).orElseThrow();
        assertEquals("Amenities, Leisure & Community Services Committee", r.body());
        assertFalse(r.declared());
        assertTrue(r.named(), "a committee's name says which meeting the report is for");
    }

    @Test
    void theDateWrappedToTheNextLine() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(100, 60, "Finance and Audit Committee Minutes", 14, true)
                .text(100, 80, "Wednesday 14th", 12, false)
                .text(100, 95, "December 2011, 7.30pm", 12, false)
                .text(100, 110, "Committee Room 1", 12, false)
                .text(72, 140, "Present: A Smith, B Jones"), tmp)).orElseThrow();
        assertEquals("Finance and Audit Committee", r.body());
        assertEquals("2011-12-14", r.date().toString());
        assertEquals("19:30", r.time());
    }

    @Test
    void thePlaceAfterTheTimeAndAComma() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(57, 63, "Little Hadlow Parish Council", 12, true)
                .text(57, 80, "Minutes of the Ordinary Meeting held on", 10, false)
                .text(57, 93, "Wednesday 8 March 2017 at 19.15, Little Hadlow Memorial Hall", 10, false)
                .text(57, 117, "PRESENT: Cllrs A Carter (Chairman) and B Yardley"), tmp)).orElseThrow();
        assertEquals("Little Hadlow Parish Council", r.body(), "Ordinary Meeting is the kind of meeting, not its body");
        assertEquals("19:15", r.time());
        assertEquals("Little Hadlow Memorial Hall", r.place());
    }

    @Test
    void thePapersOwnDateIsNotTheMeetings() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(400, 40, "Date of publication: 28 April 2020", 9, false)
                .text(100, 70, "Planning Committee", 16, true)
                .text(100, 90, "Tuesday 5 May 2020 at 7pm", 12, false), tmp)).orElseThrow();
        assertEquals("2020-05-05", r.date().toString());
        assertEquals("Planning Committee", r.body());
    }

    @Test
    void aFieldDatingAnotherMeetingIsNotTheMeetings() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(72, 60, "Audit and Risk Committee", 14, true)
                .text(72, 90, "Next meeting: 17 September 2024", 11, false)
                .text(72, 110, "Audit and Risk Committee – 21 May 2024", 8, false), tmp)).orElseThrow();
        assertEquals("2024-05-21", r.date().toString());
        assertTrue(block.read(Headings.lines(new PdfFixture()
                .text(72, 60, "Audit and Risk Committee", 14, true)
                .text(72, 90, "Date of next meeting: 17 September 2024", 11, false), tmp)).isEmpty());
    }

    @Test
    void aSentenceMentioningAMeetingsDateIsNoHeading() throws Exception {
        assertTrue(block.read(Headings.lines(new PdfFixture()
                .text(72, 80, "The next meeting will be held on Wednesday 13 May 2015 at 7pm."), tmp)).isEmpty());
    }
}
