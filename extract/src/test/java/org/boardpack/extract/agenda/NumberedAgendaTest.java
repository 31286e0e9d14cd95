package org.boardpack.extract.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.dates.TimeParser;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agendas set as numbered lines, without a header row, read through {@link AgendaItemExtractor}. */
class NumberedAgendaTest {

    private final AgendaItemExtractor extractor =
            new AgendaItemExtractor(CellSplitter.standard(), new PageFurniture(), new TimeParser());

    @TempDir
    Path tmp;

    private List<String> items(PdfFixture f) throws Exception {
        ParsedDocument doc = f.ingest(tmp, "agenda.pdf");
        return extractor.extract(doc, new DocumentSpan(DocumentType.AGENDA, null, 1, doc.pageCount()), "pc/2016-12-14")
                .stream().map(i -> i.number() + "|" + i.title() + (i.lead() == null ? "" : "|" + i.lead())).toList();
    }

    @Test
    void capitalsHeadingsWithDescriptionsAndLetteredSubItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(72, 70, "Members of the Council are hereby summoned to attend a meeting on 14th December 2016.")
                .bold(72, 100, "1.").bold(107, 100, "APOLOGIES FOR ABSENCE")
                .text(107, 115, "To consider any apologies for absence")
                .bold(72, 140, "2.").bold(107, 140, "DECLARATIONS OF INTEREST").text(268, 140, "- to note any declarations")
                .bold(72, 165, "3.").bold(107, 165, "PLANNING")
                .text(107, 180, "a)").text(125, 180, "To receive an update on current applications")
                .text(107, 195, "b)").text(125, 195, "To make a recommendation on any outstanding application")
                .bold(72, 220, "4.").bold(107, 220, "FINANCE")
                .text(107, 235, "a)To receive the financial statement")
                .text(200, 300, "2 2 F I R S WA L K , T E W I N , H E R T S");
        assertEquals(List.of("1|APOLOGIES FOR ABSENCE", "2|DECLARATIONS OF INTEREST", "3|PLANNING",
                "3(a)|To receive an update on current applications",
                "3(b)|To make a recommendation on any outstanding application", "4|FINANCE",
                "4(a)|To receive the financial statement"), items(f));
    }

    @Test
    void aRightHandColumnOfLeadsWithAPlaceholderForNone() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "1").text(100, 100, "Apologies").text(480, 100, "TG")
                .bold(60, 120, "2").text(100, 120, "Family Scheme Discussion (w/ Anna)").text(480, 120, "All")
                .bold(60, 140, "3").text(100, 140, "DSC report (standing item)").text(480, 140, "--")
                .bold(60, 160, "4").text(100, 160, "Finance Issue re: Previous Committee").text(480, 160, "JH/JF/TG");
        assertEquals(List.of("1|Apologies|TG", "2|Family Scheme Discussion (w/ Anna)|All", "3|DSC report (standing item)",
                "4|Finance Issue re: Previous Committee|JH/JF/TG"), items(f));
    }

    @Test
    void pageRangesInTheMarginAndAReportOfLineGivingTheLead() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(119, 100, "4").bold(151, 100, "UPDATE ON TRAINING FOR COMPANY MEMBERS")
                .text(151, 115, "Update")
                .text(119, 140, "5").bold(151, 140, "COUNCIL RELATED COMPANIES")
                .bold(52, 150, "7 - 24")
                .text(151, 165, "Report of the Corporate Director, Finance & Governance")
                .text(119, 190, "6").bold(151, 190, "OTHER URGENT BUSINESS")
                .text(151, 205, "To consider any items of business by reason of special circumstances.");
        assertEquals(List.of("4|UPDATE ON TRAINING FOR COMPANY MEMBERS",
                "5|COUNCIL RELATED COMPANIES|Corporate Director, Finance & Governance", "6|OTHER URGENT BUSINESS"),
                items(f));
    }

    @Test
    void aPageRangeWrappedInTheRightColumnIsNoPartOfTheReportOfLine() throws Exception {
        // a council agenda's "(Pages 7 - 24)" column wraps: "24)" stands level with the "Report of" line
        PdfFixture f = new PdfFixture()
                .bold(38, 100, "4.").bold(72, 100, "Budget Monitoring Quarter 3").text(480, 100, "(Pages 7 -")
                .text(72, 114, "Report of the Director of Finance.").text(480, 114, "24)")
                .bold(38, 140, "5.").bold(72, 140, "Housing Strategy 2023-2028").text(480, 140, "(Pages 25 - 60)")
                .text(72, 154, "Report of the Head of Housing.");
        assertEquals(List.of("4|Budget Monitoring Quarter 3|Director of Finance.", "5|Housing Strategy 2023-2028|Head of Housing."),
                items(f));
    }

    @Test
    void aPageReferenceAfterTheReportOfLineIsNoPartOfTheLead() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(38, 100, "4.").bold(72, 100, "Land at Mill Lane")
                .text(72, 114, "Report of the Head of Planning. (Pages 9 - 20)")
                .bold(38, 140, "5.").bold(72, 140, "Licensing Policy Review")
                .text(72, 154, "Report of the Licensing Manager (Page 21)");
        assertEquals(List.of("4|Land at Mill Lane|Head of Planning.", "5|Licensing Policy Review|Licensing Manager"), items(f));
    }

    @Test
    void aNumberedListIndentedUnderAnItemGivesItsSubItems() throws Exception {
        PdfFixture f = new PdfFixture()
                .bold(60, 100, "5.").bold(90, 100, "Reports")
                .text(110, 115, "1. Budget monitoring")
                .text(110, 130, "2. Risk register")
                .bold(60, 155, "6.").bold(90, 155, "Any other business")
                .bold(60, 180, "Action List")
                .text(110, 195, "1. Daniel - organise posters for the course");
        assertEquals(List.of("5|Reports", "5.1|Budget monitoring", "5.2|Risk register", "6|Any other business"),
                items(f));
    }

    @Test
    void dottedSubNumbersUnderTheirItem() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(77, 100, "5 To receive oral reports from, and to take questions thereafter, of:")
                .text(95, 115, "5.1 The Advisory Board")
                .text(95, 130, "5.2 The National Co-ordinator")
                .text(77, 150, "6 Mr. Treasurer to Present the Association's Accounts")
                .text(77, 170, "7 Motion 2007-01");
        assertEquals(List.of("5|To receive oral reports from, and to take questions thereafter, of",
                "5.1|The Advisory Board", "5.2|The National Co-ordinator",
                "6|Mr. Treasurer to Present the Association's Accounts", "7|Motion 2007-01"), items(f));
    }
}
