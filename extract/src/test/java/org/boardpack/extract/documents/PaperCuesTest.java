package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaperCuesTest {

    @Test
    void minutesByTheirAttendanceListAndOutcomes() {
        PaperCues cues = PaperCues.of(List.of(
                "PRESENT: Cllrs R Lester (Chairman), D Bonner and E Bradbury",
                "In attendance: 1 elector and the clerk",
                "100. APOLOGIES FOR ABSENCE",
                "Apologies were received from Cllrs Edwards and Morris.",
                "RESOLVED that the minutes be confirmed and signed by the chairman."));
        assertTrue(cues.attendance());
        assertEquals(Optional.of(DocumentType.MINUTES), cues.type());
    }

    @Test
    void anAgendaByItsSummonsAndItemsToDo() {
        PaperCues cues = PaperCues.of(List.of(
                "Members of the Council are hereby summoned to attend a meeting to be held on 8 April 2015",
                "1. APOLOGIES FOR ABSENCE",
                "To consider any apologies for absence",
                "2. DECLARATIONS OF INTEREST",
                "To receive Members’ declarations of interest"));
        assertFalse(cues.attendance(), "an agenda's numbered Apologies item is no attendance list");
        assertEquals(Optional.of(DocumentType.AGENDA), cues.type());
    }

    @Test
    void aRecordOfWhatWasDoneOutweighsAnAgendaTitleLeftFromTheTemplate() {
        PaperCues cues = PaperCues.of(List.of(
                "Committee Meeting", "Agenda", "Students’ Society", "1 Attendance",
                "Braden was elected Chair",
                "Daniel, Braden and Sri were in attendance",
                "Apologies were received from Stephi"));
        assertEquals(Optional.of(DocumentType.MINUTES), cues.type());
    }

    @Test
    void anAgendaByItsListOfItemsAlone() {
        PaperCues cues = PaperCues.of(List.of("Planning Committee", "Tuesday 5 May 2020 at 7pm", "Council Chamber",
                "1. Apologies for absence", "2. Declarations of interest", "3. Minutes of the last meeting",
                "4. Planning applications", "5. Any other business"));
        assertEquals(Optional.of(DocumentType.AGENDA), cues.type());
        PaperCues report = PaperCues.of(List.of("1. Purpose of the report",
                "This report sets out the progress made on the plan over the year and the work that remains to be done by the team.",
                "It describes the spending against the budget set in March and the savings identified since then in detail.",
                "2. Background", "The plan was adopted by the council in 2019 after a long consultation with residents and partners.",
                "It runs to 2024 and has five priorities, each with a lead officer and a set of measures that are reported here."));
        assertTrue(report.type().isEmpty(), "a report's numbered sections are no item list");
        PaperCues accounts = PaperCues.of(List.of("Springfield Town Council", "Annual Return 31 March 2018",
                "1 Balances Brought Forward - 1,309,126", "2 Annual Precept 1,823,850 1,832,982",
                "3 Total Other Receipts 247 72,448", "4 Staff Costs 72,828 152,360", "10 Total Borrowings - -"));
        assertTrue(accounts.type().isEmpty(), "numbered rows of figures are a table's");
        // a payments schedule: a budget heading's number, then the payment's date and payee; amounts on lines of their own
        PaperCues payments = PaperCues.of(List.of("SPRINGFIELD PARISH COUNCIL", "Payments", "PAYMENTS", "SEPTEMBER 2019",
                "Status Power Date Cleared Payee Description", "4 11/09/2019 HAPTC Training", "50.00",
                "5 11/09/2019 DCK Payroll admin", "4 11/09/2019 Todeka Office services", "1 11/09/2019 Coopers Grass cutting", "0.00 0.00", "0.00 0.00", "0.00 0.00"));
        assertTrue(payments.type().isEmpty(), "numbered rows opening with a date are a table's");
    }

    @Test
    void aReportByItsBylineAndPurpose() {
        PaperCues cues = PaperCues.of(List.of(
                "Chief Executive's Report", "Report of: A Smith, Chief Executive", "Date: 21 May 2019",
                "Purpose of this report", "Recommendations", "The strategy was agreed in 2019."));
        assertFalse(cues.meetingPaper());
        assertEquals(Optional.of(DocumentType.REPORT), cues.type());
    }

    @Test
    void anAgendaItemsDescriptionIsNoByline() {
        PaperCues cues = PaperCues.of(List.of("A G E N D A", "5 COUNCIL RELATED COMPANIES",
                "Report of the Corporate Director, Finance & Governance", "6 RISK REGISTER",
                "Report of the Corporate Director, Finance & Governance"));
        assertEquals(0, cues.report());
        assertEquals(Optional.of(DocumentType.AGENDA), cues.type());
    }

    @Test
    void aTranscriptIsNoMeetingPaper() {
        PaperCues cues = PaperCues.of(List.of("(The short adjournment)", "10 (2.00 pm)",
                "12 THE CHAIRMAN: I am very grateful to everyone for being so", "13 punctual."));
        assertFalse(cues.meetingPaper());
        assertTrue(cues.type().isEmpty());
    }
}
