package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.SeedPapers;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaItemExtractorTest {

    private static final String MEETING = "blmk-partnership-board/2020-12-09";
    private final AgendaItemExtractor extractor =
            new AgendaItemExtractor(CellSplitter.standard(), new PageFurniture(), new TimeParser());

    @TempDir
    Path tmp;

    private List<AgendaItem> extract(ParsedDocument doc) {
        return extractor.extract(doc, new DocumentSpan(DocumentType.AGENDA, null, 1, doc.pageCount()), MEETING);
    }

    private static AgendaItem item(String number, String title, String lead, String time) {
        return new AgendaItem(MEETING, number, title, lead, time, 1);
    }

    @Test
    void ruledTableWithSubItemsLeadsAndTwelveHourTimes() throws Exception {
        List<AgendaItem> got = extract(SeedPapers.partnershipAgenda().ingest(tmp, "agenda.pdf"));
        assertEquals(List.of(
                item(null, "Welcome", "Chair", null),
                item("1", "Apologies for absence", "Chair", "15:00"),
                item("3", "Partnership Board 11 November 2020 meeting notes", "Chair", "15:05"),
                item("3a", "To approve the meeting notes of the Partnership Board on 11 November 2020", "Chair", "15:05"),
                item("3b", "Action log", "Chair", "15:05"),
                item("5", "Strategy", "S Wood", "15:25"),
                item("5a", "Oversight and Assurance a proposed approach for 2020/21 in BLMK", "S Wood", "15:25"),
                item("6", "Carnall Farrar", "H Farrar Alfie Fielding", "15:35"),
                item("7a", "Executive Lead Update", "F Cox", "15:55"),
                item("7b", "ICS Objectives 2020/2021", "Chair & F Cox", "15:55"),
                item("8", "Mental Health", "M Farrington", "16:15")), got);
    }

    @Test
    void aPurposeColumnIsNoPartOfTheTitleAndDottedSubItemsShareALeadCellThatWraps() throws Exception {
        // an NHS board's ruled agenda: Item | Subject | Purpose | Lead | Time; item 5's lead cell wraps
        // over three lines, past its sub-items' numbers, inside one ruled cell
        org.boardpack.extract.fixtures.PdfFixture f = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(250, 60, "AGENDA")
                .bold(54, 100, "Item").bold(90, 100, "Subject").bold(300, 100, "Purpose").bold(370, 100, "Lead").bold(480, 100, "Time")
                .text(54, 120, "1").text(90, 120, "Welcome and apologies").text(300, 120, "Note").text(370, 120, "Chair")
                .text(480, 120, "10:00")
                .text(54, 140, "5").text(90, 140, "Integrated Performance Report").text(300, 140, "Assurance")
                .text(370, 140, "Chief Operating").text(480, 140, "10:15")
                .text(90, 152, "5.1 Operational performance").text(370, 152, "Officer / Chief")
                .text(90, 164, "5.2 Workforce").text(370, 164, "People Officer")
                .text(54, 184, "6").text(90, 184, "Board Assurance Framework").text(300, 184, "Approve")
                .text(370, 184, "Trust Secretary").text(480, 184, "10:45");
        for (float y : new float[] {88, 106, 126, 170, 190}) {
            f.rule(50, y, 540, y);
        }
        for (float x : new float[] {50, 86, 296, 366, 476, 540}) {
            f.rule(x, 88, x, 190);
        }
        List<AgendaItem> got = extract(f.ingest(tmp, "ruled-agenda.pdf"));
        String lead = "Chief Operating Officer / Chief People Officer";
        assertEquals(List.of(item("1", "Welcome and apologies", "Chair", "10:00"),
                item("5", "Integrated Performance Report", lead, "10:15"), item("5.1", "Operational performance", lead, "10:15"),
                item("5.2", "Workforce", lead, "10:15"), item("6", "Board Assurance Framework", "Trust Secretary", "10:45")), got);
    }

    /**
     * An unruled agenda table with plain titles: a title that fills its cell up to the next
     * column wraps onto the line below (the next word did not fit), while a line under a short
     * title is its description.
     */
    @Test
    void aPlainTitleThatFillsItsCellGoesOnOverTheLineBelow() throws Exception {
        org.boardpack.extract.fixtures.PdfFixture f = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(250, 60, "Agenda")
                .bold(54, 100, "Item").bold(80, 100, "Title").bold(350, 100, "Purpose").bold(420, 100, "Lead")
                .bold(500, 100, "Time")
                .text(54, 120, "1").text(80, 120, "Welcome and apologies").text(350, 120, "Note").text(420, 120, "Chair")
                .text(500, 120, "10:00")
                .text(54, 145, "3").text(80, 145, "Minutes of the previous meeting held on 9 January")
                .text(350, 145, "Approve").text(420, 145, "Chair").text(500, 145, "10:05")
                .text(80, 158, "2024")
                .text(54, 183, "4").text(80, 183, "Land at Mill Lane").text(350, 183, "Decide").text(420, 183, "Head of Planning")
                .text(500, 183, "10:10")
                .text(80, 196, "Report of the Head of Planning")
                .text(54, 221, "5").text(80, 221, "Any other business").text(350, 221, "Note").text(420, 221, "Chair")
                .text(500, 221, "10:40");
        List<String> titles = extract(f.ingest(tmp, "unruled-agenda.pdf")).stream()
                .map(a -> a.number() + " " + a.title()).toList();
        assertEquals(List.of("1 Welcome and apologies", "3 Minutes of the previous meeting held on 9 January 2024",
                "4 Land at Mill Lane", "5 Any other business"), titles);
    }

    /**
     * Headers centred over their columns (a Word or LibreOffice table): the lead cells start left
     * of the {@code Lead} header, past the end of the {@code Purpose} header's words.
     */
    @Test
    void aCellBetweenTwoCentredHeadersIsTheColumnsOnItsRight() throws Exception {
        org.boardpack.extract.fixtures.PdfFixture f = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(250, 60, "Agenda")
                .bold(60, 100, "Item").bold(210, 100, "Title").bold(365, 100, "Purpose").bold(461, 100, "Lead")
                .bold(537, 100, "Time")
                .text(58, 120, "1").text(87, 120, "Welcome and apologies").text(359, 120, "Note").text(418, 120, "Chair")
                .text(534, 120, "10:00")
                .text(58, 145, "2").text(87, 145, "Chief Executive’s report").text(359, 145, "Approve")
                .text(418, 145, "Chief Executive").text(534, 145, "10:15");
        assertEquals(List.of(item("1", "Welcome and apologies", "Chair", "10:00"),
                item("2", "Chief Executive’s report", "Chief Executive", "10:15")), extract(f.ingest(tmp, "centred.pdf")));
    }

    /** A page's footer centred under the table starts between two headers but runs on past the column: no cell of it. */
    @Test
    void aFooterStartingBetweenTwoHeadersAndRunningOnIsNoLead() throws Exception {
        org.boardpack.extract.fixtures.PdfFixture f = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(250, 60, "Agenda")
                .bold(60, 100, "Item").bold(90, 100, "Title").bold(420, 100, "Lead").bold(520, 100, "Time")
                .text(60, 120, "1").text(90, 120, "Welcome and apologies").text(420, 120, "GT").text(520, 120, "10:00")
                .text(60, 145, "2").text(90, 145, "Any other business").text(420, 145, "GT").text(520, 145, "10:15")
                .text(150, 400, "St Aldhelm's Hospice · Registered charity no. 1186514 · Sherborne");
        assertEquals(List.of(item("1", "Welcome and apologies", "GT", "10:00"), item("2", "Any other business", "GT", "10:15")),
                extract(f.ingest(tmp, "footer.pdf")));
    }

    /**
     * Cells of two columns set closer than a column gap ({@code Assurance  Chief Executive}) are
     * parted where the gap between two words, wider than a word space, crosses into the next
     * header's column; word spaces inside a cell part nothing.
     */
    @Test
    void cellsSetCloseInTwoHeaderColumnsArePartedAtTheWiderGap() throws Exception {
        org.boardpack.extract.fixtures.PdfFixture f = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(250, 60, "Agenda")
                .bold(60, 100, "Item").bold(210, 100, "Title").bold(365, 100, "Purpose").bold(461, 100, "Lead")
                .bold(537, 100, "Time")
                .text(58, 120, "5").text(87, 120, "Chief Executive’s report").text(359, 120, "Assurance")
                .text(418, 120, "Chief Operating Officer").text(540, 120, "10:15");
        assertEquals(List.of(item("5", "Chief Executive’s report", "Chief Operating Officer", "10:15")),
                extract(f.ingest(tmp, "close.pdf")));
    }

    @Test
    void councilItemSubjectPagesWithoutRulesSkipsSectionHeadingsAndDescriptions() throws Exception {
        List<AgendaItem> got = extract(SeedPapers.councilAgenda().ingest(tmp, "council-agenda.pdf"));
        assertEquals(List.of(
                item("1", "Apologies for Absence", null, null),
                item("3", "Minutes", null, null),
                item("6", "Child and Adolescent Mental Health Services Local Transformation Plan", null, null)), got);
    }

    @Test
    void numberedLinesWithoutATable() throws Exception {
        List<AgendaItem> got = extract(SeedPapers.numberedAgenda().ingest(tmp, "numbered.pdf"));
        assertEquals(List.of(
                item("1", "Welcome and apologies", "Chair", "10:00"),
                item("2", "Minutes of the meeting held on 3 July 2020", "Chair", "10:05"),
                item("3", "CCG Clinical Case for Change", "P Dove", "10:20"),
                item("4", "Questions from the Public", null, "11:00")), got);
    }

    @Test
    void paperNotesAreNotPartOfTheTitle() {
        assertEquals("Pressures on services - status update by the Recovery Cell",
                AgendaTitle.clean("Pressures on services - status update by the Recovery Cell - verbal"));
        assertEquals("Mental Health", AgendaTitle.clean("Mental Health - attached"));
        assertEquals("Finance Report", AgendaTitle.clean("Finance Report (to follow)"));
    }
}
