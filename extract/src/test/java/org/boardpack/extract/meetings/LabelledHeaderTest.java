package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledHeaderTest {

    private final LabelledHeader labelled = new LabelledHeader(Headings.DATES, Headings.TIMES);

    @TempDir
    Path tmp;

    @Test
    void committeeAndDateFieldsOnOneLineUnderTheLetterhead() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(230, 90, "SPRINGFIELD PRIMARY SCHOOL BOARD OF GOVERNORS", 12, true)
                .text(78, 120, "COMMITTEE:").text(214, 120, "Business Management Committee")
                .text(474, 120, "DATE:").text(568, 120, "21 March 2022")
                .text(78, 220, "GOVERNOR ATTENDANCE", 12, true), tmp)).orElseThrow();
        assertEquals("Business Management Committee", r.body(), "the letterhead is the organisation, not the body");
        assertEquals("2022-03-21", r.date().toString());
    }

    @Test
    void labelsWithoutColonsSetApartInColumns() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(66, 120, "COMMITTEE").text(221, 120, "Full Governing Body")
                .text(442, 120, "DATE").text(594, 120, "23 May 2022"), tmp)).orElseThrow();
        assertEquals("Full Governing Body", r.body());
        assertEquals("2022-05-23", r.date().toString());
    }

    @Test
    void aRowOfLabelsOverARowOfValues() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(71, 125, "COMMITTEE").text(447, 125, "DATE")
                .text(190, 137, "Learning & Wellbeing Committee").text(589, 137, "9 May 2022"), tmp)).orElseThrow();
        assertEquals("Learning & Wellbeing Committee", r.body());
        assertEquals("2022-05-09", r.date().toString());
    }

    @Test
    void locationDateAndTimeFieldsUnderTheTitle() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(128, 80, "CSS Committee Meeting - Agenda", 29, true)
                .text(60, 154, "Location:", 16, true).text(146, 154, "CSS Discord Server (online)", 16, true)
                .text(60, 169, "Date:", 16, true).text(146, 169, "Friday 24th July 2020", 16, true)
                .text(60, 184, "Time:", 16, true).text(146, 184, "17:00 BST", 16, true)
                .text(60, 221, "1").text(104, 221, "Apologies"), tmp)).orElseThrow();
        assertEquals("CSS Committee", r.body());
        assertEquals("17:00", r.time());
        assertEquals("CSS Discord Server (online)", r.place());
        assertTrue(r.declared(), "the title calls it an agenda");
    }

    @Test
    void aMeetingTitleFieldTakesTheOrganisationPrintedAbove() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(60, 60, "Riverbank Hospice", 16, true)
                .text(60, 80, "Agenda", 14, true)
                .text(60, 105, "Title of meeting").text(220, 105, "Trustee Board meeting")
                .text(60, 120, "Date").text(220, 120, "Tuesday 21 September 2021")
                .text(60, 135, "Place").text(220, 135, "Zoom"), tmp)).orElseThrow();
        assertEquals("Riverbank Hospice Board of Trustees", r.body());
        assertEquals("Zoom", r.place());
    }

    @Test
    void aDateWithoutAYearIsNoMeetingsDate() throws Exception {
        assertTrue(labelled.read(Headings.lines(new PdfFixture()
                .text(118, 100, "CSS Committee Meeting - Minutes", 29, true)
                .text(51, 195, "Location:", 16, true).text(146, 195, "Discord", 16, true)
                .text(51, 211, "Date:", 16, true).text(146, 211, "Tuesday 24th September", 16, true), tmp)).isEmpty());
    }

    @Test
    void aDateWithoutAYearTakesTheYearFromElsewhereWhereItsWeekdayFits() throws Exception {
        HeaderReading r = labelled.read(Headings.lines(new PdfFixture()
                .text(118, 100, "CSS Committee Meeting - Minutes", 29, true)
                .text(51, 195, "Location:", 16, true).text(146, 195, "Discord", 16, true)
                .text(51, 211, "Date:", 16, true).text(146, 211, "Tuesday 24th September", 16, true), tmp),
                java.util.Set.of(2024)).orElseThrow();
        assertEquals("2024-09-24", r.date().toString());
    }

    @Test
    void oneDateFieldAloneIsAPapersDate() throws Exception {
        assertTrue(labelled.read(Headings.lines(new PdfFixture()
                .text(60, 60, "Chief Executive's Report", 16, true)
                .text(60, 90, "Report of:").text(160, 90, "A Smith, Chief Executive")
                .text(60, 105, "Date:").text(160, 105, "21 May 2019"), tmp)).isEmpty());
    }
}
