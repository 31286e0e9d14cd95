package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSegmenterTest {

    private final DocumentSegmenter segmenter = new DocumentSegmenter(new DateParser());

    @TempDir
    Path tmp;

    private List<DocumentType> types(PdfFixture pdf) throws Exception {
        return segmenter.segment(pdf.ingest(tmp, "pack.pdf")).stream().map(DocumentSpan::type).toList();
    }

    private List<Integer> firstPages(PdfFixture pdf) throws Exception {
        return segmenter.segment(pdf.ingest(tmp, "pack.pdf")).stream().map(DocumentSpan::firstPage).toList();
    }

    @Test
    void aMinutesTitleInTheBodysTypeOverAnAttendanceList() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Finance Committee Minutes – Part I Public Session")
                .text(72, 75, "Wednesday 3 May 2023, 2pm, Room 4")
                .text(72, 100, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 115, "1. Welcome")
                .text(90, 130, "The Chair opened the meeting.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    @Test
    void aMinutesSentenceInTheBodysTypeStartsThePaperOnItsPage() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "Annual General Meeting", 16, true).text(200, 80, "Agenda", 14, true)
                .text(200, 100, "12 May 2007").text(60, 130, "1 To receive apologies").text(60, 145, "2 To receive the accounts")
                .newPage()
                .text(57, 60, "Minutes of the Second Annual General Meeting (AGM) of Springfield Tenants, 11th February, 2006, at")
                .text(57, 74, "11:30am.")
                .text(57, 100, "Apologies: A Brown and C Green")
                .text(57, 115, "The agenda was accepted without dissent.");
        assertEquals(List.of(1, 2), firstPages(pdf));
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES), types(pdf));
    }

    @Test
    void minutesOpeningPartWayDownAPageStartAPaperThere() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "Parish Council", 16, true).text(200, 80, "Agenda", 14, true)
                .text(200, 100, "8 April 2015").text(60, 130, "1. To receive apologies")
                .newPage();
        agendaTail(pdf)
                .text(72, 400, "Minutes of the meeting of Little Hadham Parish Council held on Wednesday 11 March 2015 at")
                .text(72, 414, "7.30pm in Hadham Village Hall")
                .text(72, 440, "PRESENT: Cllrs R Lester (Chairman), D Bonner and E Bradbury")
                .text(72, 465, "1. APOLOGIES FOR ABSENCE");
        assertEquals(List.of(1, 2), firstPages(pdf));
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES), types(pdf));
        // the page is shared: the agenda ends where the minutes' heading starts
        List<DocumentSpan> spans = segmenter.segment(pdf.ingest(tmp, "pack.pdf"));
        assertEquals(2, spans.get(0).lastPage());
        assertEquals(spans.get(1).startY(), spans.get(0).endY());
    }

    @Test
    void minutesUnderAOnePageAgendaStartUnderItOnTheAgendasOwnPage() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "Parish Council", 16, true).text(200, 80, "Agenda", 14, true)
                .text(200, 100, "8 April 2015");
        for (int i = 0; i < 6; i++) {
            pdf.text(60, 130 + 20 * i, (i + 1) + ". ITEM " + (i + 1));
        }
        pdf.text(200, 300, "LITTLE HADHAM PARISH COUNCIL", 13, true)
                .text(120, 316, "MINUTES OF A MEETING OF LITTLE HADHAM PARISH COUNCIL")
                .text(70, 330, "HELD ON 11TH MARCH 2015 AT 19.30 IN THE VILLAGE HALL")
                .text(72, 356, "PRESENT: Cllrs R Lester (Chairman), D Bonner and E Bradbury")
                .text(72, 380, "1. APOLOGIES FOR ABSENCE")
                .newPage().text(72, 60, "2. FINANCE").text(90, 76, "The accounts were approved.");
        List<DocumentSpan> spans = segmenter.segment(pdf.ingest(tmp, "pack.pdf"));
        assertEquals(List.of(DocumentType.AGENDA, DocumentType.MINUTES), spans.stream().map(DocumentSpan::type).toList());
        assertEquals(List.of(1, 1), spans.stream().map(DocumentSpan::firstPage).toList());
        assertEquals(List.of(1, 2), spans.stream().map(DocumentSpan::lastPage).toList());
        // the minutes open at their letterhead, set close over the heading, not at the heading
        float letterhead = pdf.ingest(tmp, "pack.pdf").pages().getFirst().lines().stream()
                .filter(l -> l.text().startsWith("LITTLE HADHAM")).findFirst().orElseThrow().top();
        assertEquals(letterhead, spans.get(1).startY());
        assertEquals(letterhead, spans.get(0).endY());
    }

    /** The last items of an agenda, filling the top of a page: sixteen lines. */
    static PdfFixture agendaTail(PdfFixture pdf) {
        for (int i = 0; i < 8; i++) {
            pdf.text(72, 60 + 36 * i, (i + 5) + ". ITEM " + (i + 5)).text(100, 75 + 36 * i, "To consider the report on item " + (i + 5) + ".");
        }
        return pdf;
    }

    @Test
    void minutesOfAnEarlierMeetingMentionedInTheTextStartNoPaper() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(200, 60, "Finance Committee Minutes", 16, true)
                .text(200, 80, "Wednesday 3 May 2023")
                .text(72, 100, "Present: A Smith (Chair), B Jones, C Brown")
                .newPage()
                .text(72, 60, "4. Minutes")
                .text(72, 90, "Minutes of the meeting of the Committee held on 5 April 2023 were approved as a true record.")
                .text(72, 120, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 140, "RESOLVED that the report be noted.");
        assertEquals(List.of(1), firstPages(pdf));
    }

    @Test
    void aPaperWithoutATitleCueIsTypedByItsContent() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(36, 105, "Amenities, Leisure and Community Services", 12, true)
                .text(36, 120, "Tuesday 13th March 2018", 12, true)
                .text(36, 136, "Springfield Town Hall", 12, true)
                .text(36, 170, "Present:", 12, true)
                .text(36, 185, "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood.")
                .text(36, 210, "It was resolved that the grant be awarded.")
                .text(36, 225, "The application was approved.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    @Test
    void anAgendaTitleOverARecordOfWhatWasDoneIsMinutes() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(230, 150, "Committee Meeting", 17, false)
                .text(276, 174, "Agenda", 17, false)
                .text(203, 217, "Students’ Society")
                .text(221, 248, "14.00, Tuesday 15th March, 2016")
                .text(92, 303, "1 Attendance", 14, true)
                .text(92, 325, "Braden was elected Chair")
                .text(92, 345, "Daniel, Braden and Sri were in attendance")
                .text(92, 365, "Apologies were received from Stephi");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    @Test
    void anAgendaTitledRecordWhoseOutcomesComeOnLaterPagesIsMinutes() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 80, "TWG Meeting Agenda April 26 2021", 15, true)
                .text(90, 125, "- TG Reports").text(90, 141, "- Chair Elections").text(90, 157, "- Project Launch")
                .newPage()
                .text(72, 80, "3. Project Launch", 15, true)
                .text(90, 100, "The proposal was approved by the members present.")
                .text(90, 116, "8 votes to approve the launch gate.")
                .text(90, 132, "It was agreed that the plan be published.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    @Test
    void anAgendaStaysAnAgenda() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(150, 45, "LITTLE HADHAM PARISH COUNCIL", 20, false)
                .text(72, 100, "Members of the Council are hereby summoned to attend a meeting of Little Hadham Parish Council", 10, false)
                .text(72, 112, "to be held at the Village Hall on Wednesday 14th December 2016 at 1900.", 10, false)
                .text(72, 210, "1. APOLOGIES FOR ABSENCE", 11, true)
                .text(107, 229, "To consider any apologies for absence")
                .text(72, 270, "2. DECLARATIONS OF INTEREST", 11, true)
                .text(107, 290, "To receive Members’ declarations of interest");
        assertEquals(List.of(DocumentType.AGENDA), types(pdf));
    }

    @Test
    void aMinutesTitleWrappedAfterHeldOnTakesItsNextLine() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Minutes of the meeting of the Finance Committee held on", 14, true)
                .text(72, 78, "Tuesday 12 March 2024 at 2pm in Committee Room 1", 14, true)
                .text(72, 110, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 130, "1. Welcome")
                .text(90, 145, "The Chair opened the meeting.");
        assertEquals(List.of("Minutes of the meeting of the Finance Committee held on Tuesday 12 March 2024 at 2pm in Committee Room 1"),
                segmenter.segment(pdf.ingest(tmp, "pack.pdf")).stream().map(DocumentSpan::title).toList());
    }

    /** A minutes page: title, date, attendance list, an item. */
    private static PdfFixture minutesPage() {
        return new PdfFixture()
                .text(72, 60, "Parks Commission Minutes", 16, true)
                .text(72, 80, "Wednesday 13 July 2022, 4:30pm")
                .text(72, 105, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 130, "3. OPEN FORUM")
                .text(90, 145, "The following comments were received by e-mail.");
    }

    @Test
    void anAgendaItemNamedInsideAPastedLetterOpensNoReport() throws Exception {
        PdfFixture pdf = minutesPage().newPage()
                .text(72, 60, "30. Greetings, In Reference Agenda Item 6B JMP Enduro Event Permit I fully support the")
                .text(90, 74, "waiver of the speed limit for the event. Thank you.")
                .text(72, 100, "31. Dear Commissioners, please refuse the permit.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    @Test
    void anAgendaItemLabelHeadingAPageStartsItsReport() throws Exception {
        PdfFixture pdf = minutesPage().newPage()
                .text(400, 40, "Agenda Item 6B")
                .text(72, 80, "Event permit for the park", 14, true)
                .text(72, 110, "The applicant asks for a waiver of the speed limit for one day.");
        assertEquals(List.of(DocumentType.MINUTES, DocumentType.REPORT), types(pdf));
    }

    @Test
    void minutesSignedOffRunNotOverThePageAfter() throws Exception {
        PdfFixture pdf = signedOff(true);
        List<DocumentSpan> spans = segmenter.segment(pdf.ingest(tmp, "pack.pdf"));
        assertEquals(List.of(DocumentType.MINUTES, DocumentType.OTHER), spans.stream().map(DocumentSpan::type).toList());
        assertEquals(List.of(1, 2), spans.stream().map(DocumentSpan::firstPage).toList());
        // closed without the signature: the confidential part may follow, so the minutes go on
        assertEquals(List.of(DocumentType.MINUTES), types(signedOff(false)));
    }

    private static PdfFixture signedOff(boolean signed) {
        PdfFixture pdf = minutesPage()
                .text(72, 200, "The chairman closed the public part of the meeting at 9.54 pm");
        if (signed) {
            pdf.text(72, 260, "Signed").text(300, 260, "Dated");
        }
        return pdf.newPage()
                .text(200, 60, "Parks Commission")
                .text(72, 95, "Financial Statement as at 30 November 2011")
                .text(72, 120, "Balance at 1 April 2011     36,789.66")
                .text(72, 135, "Total receipts     11,152.55");
    }

    /** One vocabulary of log titles: a page-top title the part-way openings know opens a log there too. */
    @Test
    void aLogTitledAtThePagesTopInTheLogVocabularyOpensALog() throws Exception {
        for (String title : List.of("Actions Tracker", "Actions arising from previous meetings")) {
            PdfFixture pdf = new PdfFixture()
                    .text(72, 60, "Minutes of the meeting of the Harbour Trust Board held on 5 November 2019", 12, true)
                    .text(72, 85, "Present: A Smith (Chair), B Jones, C Brown")
                    .text(72, 110, "1. Finance")
                    .text(90, 125, "The Board noted the budget monitor.")
                    .newPage()
                    .text(72, 60, title, 14, true)
                    .text(72, 90, "1  Circulate the budget monitor     B Jones     Open")
                    .text(72, 105, "2  Obtain quotes for the slipway     E White     Open");
            assertEquals(List.of(DocumentType.MINUTES, DocumentType.ACTION_LOG), types(pdf), title);
        }
    }

    /** A paper's type is its title's: an item of minutes that names the action log is no log. */
    @Test
    void anActionLogItemHeadingUnderAMinutesTitleLeavesThemMinutes() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Minutes of the Board meeting held in public on 6 March 2024", 12, true)
                .text(72, 85, "ICB/24/031 Minutes and action log", 11, true)
                .text(72, 100, "The minutes of the last meeting were agreed as a correct record.")
                .text(72, 115, "ICB/24/032 Joint Forward Plan", 11, true)
                .text(72, 130, "The Board approved the plan for publication.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }

    /** A wrong title cue costs no paper: a "log" whose page lists who attended and what was done is minutes. */
    @Test
    void aLogByTitleWhosePageListsWhoAttendedIsMinutes() throws Exception {
        PdfFixture pdf = new PdfFixture()
                .text(72, 60, "Harbour Trust Board meeting in public", 14, true)
                .text(72, 80, "6 March 2024, Seaview House")
                .text(72, 100, "Present: A Smith (Chair), B Jones, C Brown")
                .text(72, 120, "TB/24/031 Action log review", 11, true)
                .text(72, 135, "The action log was reviewed. It was agreed that action 12 be closed.")
                .text(72, 150, "TB/24/032 Budget", 11, true)
                .text(72, 165, "The budget was approved by the Board.");
        assertEquals(List.of(DocumentType.MINUTES), types(pdf));
    }
}
