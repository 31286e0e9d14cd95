package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetingSentenceTest {

    private final MeetingSentence sentence = new MeetingSentence(Headings.DATES, Headings.TIMES);

    @TempDir
    Path tmp;

    @Test
    void minutesSentenceWithTheDateWrappedToTheNextLine() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(180, 45, "LITTLE HADHAM PARISH COUNCIL", 14, true)
                .text(80, 75, "Minutes of the meeting of Little Hadham Parish Council held on Wednesday 14th", 11, false)
                .text(80, 90, "December 2011 at 7.30pm in Hadham Village Hall, Church Lane", 11, false)
                .text(80, 115, "PRESENT: R Lester (chairman), C Edwards, R Morris")
                .text(80, 140, "88. APOLOGIES FOR ABSENCE", 11, true), tmp)).orElseThrow();
        assertEquals("Little Hadham Parish Council", r.body(), "the letterhead is the same name, not doubled");
        assertEquals("2011-12-14", r.date().toString());
        assertEquals("19:30", r.time());
        assertEquals("Hadham Village Hall, Church Lane", r.place());
    }

    @Test
    void aTableRowUnderTheSentenceIsNoWrapOfIt() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 60, "Minutes of the meeting of the Finance Committee held on", 14, true)
                .text(72, 78, "Tuesday 12 March 2024 at 2pm in Committee Room 1, Town Hall", 14, true)
                .text(76, 96, "Councillor", 11, true).text(300, 96, "Attendance", 11, true)
                .text(76, 112, "Councillor Margaret Ellis (Chair)", 11, false).text(300, 112, "Present", 11, false), tmp))
                .orElseThrow();
        assertEquals("Finance Committee", r.body());
        assertEquals("Committee Room 1, Town Hall", r.place());
    }

    @Test
    void theKindOfCouncilInTheSentenceIsTheLetterheadsCouncilNotASecondOne() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(210, 43, "LITTLE WICKHAM PARISH COUNCIL", 11, true)
                .text(43, 66, "Minutes of the Parish Council Meeting held at the Village Hall on Monday 9th January 2023 at 7.30pm", 11, true)
                .text(34, 89, "Present: Cllr R. Green (Chairman), Cllr P. Stone"), tmp)).orElseThrow();
        assertEquals("Little Wickham Parish Council", r.body());
        assertEquals("Village Hall", r.place());
    }

    @Test
    void heldInPublicIsHowTheMeetingWasHeldNotWhere() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(150, 60, "Minutes of the meeting of the Board of Directors held in public on 2 February 2023", 11, true)
                .text(72, 90, "Present: Prof Anne Wells, Chair (AW)"), tmp)).orElseThrow();
        assertEquals("Board of Directors", r.body());
        assertEquals("2023-02-02", r.date().toString());
        assertEquals(null, r.place());
    }

    @Test
    void theTitlesHeldInPublicAndTheDateLinesHeldOnEachHaveTheirHeldAndThePlaceFollowsTheLast() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 60, "Minutes of the Board of Directors Meeting held in Public", 13, true)
                .text(72, 80, "Held on Tuesday 9 January 2024 at 10:00 in the Boardroom, Kingsway House", 11, true)
                .text(72, 110, "Present:"), tmp)).orElseThrow();
        assertEquals("Board of Directors", r.body());
        assertEquals("10:00", r.time());
        assertEquals("Boardroom, Kingsway House", r.place());
    }

    @Test
    void aSentenceNamingNoBodyTakesTheTitleOverIt() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 60, "Cabinet", 16, true)
                .text(72, 90, "Minutes of the meeting held on Thursday, 8th February, 2024 at 10.00 am in Committee Room 1, County Hall")
                .text(72, 120, "Present: Councillor Jane Smith (Chair)"), tmp)).orElseThrow();
        assertEquals("Cabinet", r.body());
        assertEquals("2024-02-08", r.date().toString());
        assertEquals("10:00", r.time());
        assertEquals("Committee Room 1, County Hall", r.place());
    }

    @Test
    void aSentenceInBodyTypeWrappedAfterAtAndASemicolonLabelUnderIt() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 60, "MINUTES of a meeting of Little Hadlow Parish Council held on Wednesday 9th December 2015 at", 10, false)
                .text(72, 73, "19.30 in Recreation Ground Pavilion, Mill Lane", 10, false)
                .text(72, 95, "Present;", 10, true).text(132, 95, "Cllr C Eastwood (Chairman); Cllr Y L Wainwright", 10, false)
                .text(72, 120, "49. APOLOGIES FOR ABSENCE", 10, true), tmp)).orElseThrow();
        assertEquals("Little Hadlow Parish Council", r.body());
        assertEquals("19:30", r.time(), "a time opening the next line is no item number after 'at'");
        assertEquals("Recreation Ground Pavilion, Mill Lane", r.place(), "'Present;' opens a list, not the place's next line");
    }

    @Test
    void capitalsHeadingHeldOnAt24HourTimeInPlace() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(120, 80, "MINUTES OF A MEETING OF LITTLE HADHAM PARISH COUNCIL", 11, true)
                .text(80, 102, "HELD ON 14TH SEPTEMBER 2016 AT 19.00 IN THE VILLAGE HALL", 11, true)
                .text(72, 150, "PRESENT: Cllrs Haidy Blake, Tommy Brennan"), tmp)).orElseThrow();
        assertEquals("Little Hadham Parish Council", r.body());
        assertEquals("2016-09-14", r.date().toString());
        assertEquals("19:00", r.time());
        assertEquals("VILLAGE HALL", r.place());
    }

    @Test
    void summonsToAMeetingToBeHeldAtAPlaceOnADate() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(150, 45, "LITTLE HADHAM PARISH COUNCIL", 20, false)
                .text(72, 100, "Members of the Council are hereby summoned and members of the public are invited to attend a meeting of", 9, false)
                .text(72, 112, "Little Hadham Parish Council to be held at Hadham Village Hall, Church Lane, on Wednesday 14th", 9, false)
                .text(72, 124, "December 2016 at 1900.", 9, true)
                .text(72, 150, "Signed on original")
                .text(72, 200, "1. APOLOGIES FOR ABSENCE", 11, true), tmp)).orElseThrow();
        assertEquals("Little Hadham Parish Council", r.body());
        assertEquals("2016-12-14", r.date().toString());
        assertEquals("19:00", r.time(), "a bare 24-hour clock after 'at' in the sentence");
        assertEquals("Hadham Village Hall, Church Lane", r.place());
    }

    @Test
    void noticeIsHerebyGivenThatAMeetingWillBeHeld() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 100, "NOTICE IS HEREBY GIVEN that a meeting of the Planning Committee will be held in the Council")
                .text(72, 114, "Chamber, Town Hall on Tuesday 5 May 2020 at 7.00 pm")
                .text(72, 150, "AGENDA", 14, true), tmp)).orElseThrow();
        assertEquals("Planning Committee", r.body());
        assertEquals("2020-05-05", r.date().toString());
        assertEquals("19:00", r.time());
        assertEquals("Council Chamber, Town Hall", r.place());
    }

    @Test
    void aSummonsWithoutAClockTimeHasNone() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(72, 100, "Members of the Council are hereby summoned to attend a meeting of Little Hadham Parish Council", 9, false)
                .text(72, 112, "to be held at the Village Hall on Wednesday 8th April 2015 upon completion of the Annual Parish Meeting.",
                        9, false), tmp)).orElseThrow();
        assertEquals("Little Hadham Parish Council", r.body());
        assertNull(r.time());
    }

    @Test
    void minutesOfAnAnnualGeneralMeetingOfTheBody() throws Exception {
        HeaderReading r = sentence.read(Headings.lines(new PdfFixture()
                .text(57, 60, "AGM-2007/04: Minutes of the Previous AGM", 12, true)
                .text(57, 80, "Minutes of the Second Annual General Meeting (AGM) of Springfield Tenants, 11th February, 2006, at")
                .text(57, 94, "11:30am.")
                .text(57, 120, "A list of attendees is available from the Office."), tmp)).orElseThrow();
        assertEquals("Springfield Tenants", r.body());
        assertEquals("2006-02-11", r.date().toString());
        assertEquals("11:30", r.time());
    }

    @Test
    void theMinutesOfAnEarlierMeetingInAResolutionAreNoHeading() throws Exception {
        assertTrue(sentence.read(Headings.lines(new PdfFixture()
                .text(72, 80, "103. MINUTES OF THE LAST MEETING")
                .text(106, 95, "RESOLVED that the minutes of the meeting of the Council held on 12 December 2007 be confirmed"), tmp))
                .isEmpty());
    }

    @Test
    void headingSentencesAsCouncilsWordThem() throws Exception {
        String[][] cases = {
                {"MINUTES of a meeting of the PLANNING COMMITTEE held at the Civic Centre, Epsom on Tuesday 5 May 2020 at 7.30 pm",
                        "Planning Committee", "2020-05-05", "19:30", "Civic Centre, Epsom"},
                {"Minutes of the Annual Meeting of Springfield Parish Council held in the Village Hall on Monday 18th May 2020 "
                        + "commencing at 7.00pm", "Springfield Parish Council", "2020-05-18", "19:00", "Village Hall"},
                {"MINUTES OF THE MEETING OF THE FULL COUNCIL HELD VIA ZOOM ON THURSDAY 21ST JANUARY 2021 AT 7PM",
                        "Full Council", "2021-01-21", "19:00", "ZOOM"},
                {"Notes of the Joint Consultative Committee meeting held on 5 May 2020 at 2pm in Room 4",
                        "Joint Consultative Committee", "2020-05-05", "14:00", "Room 4"},
                {"MINUTE of MEETING of the EDUCATION COMMITTEE held in the Council Chambers on Wednesday 3 June 2020 at 10.00am",
                        "Education Committee", "2020-06-03", "10:00", "Council Chambers"}};
        int n = 0;
        for (String[] c : cases) {
            HeaderReading r = sentence.read(Headings.lines(new PdfFixture().text(40, 80, c[0], 8, false)
                    .text(40, 110, "PRESENT: Cllrs A Smith and B Jones"), java.nio.file.Files.createDirectories(tmp.resolve("case" + n++)))).orElseThrow();
            assertEquals(c[1], r.body(), c[0]);
            assertEquals(c[2], r.date().toString(), c[0]);
            assertEquals(c[3], r.time(), c[0]);
            assertEquals(c[4], r.place(), c[0]);
        }
    }
}
