package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.CharityPapers;
import org.boardpack.extract.fixtures.SeedPapers;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionExtractorTest {

    private static final String MEETING = "m/2020-11-11";
    private static final SentenceSplitter SENTENCES = SentenceSplitter.english();

    private final MinutesWalker walker = new MinutesWalker(CellSplitter.standard(), new PageFurniture());
    private final DecisionExtractor extractor =
            new DecisionExtractor(new ParagraphSplitter(new LineJoiner()), SENTENCES);

    @TempDir
    Path tmp;

    private List<Decision> extract(ParsedDocument doc) {
        DocumentSpan span = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount());
        // these layouts are about text, items and references; what a decision is read by is tested with the layouts
        return extractor.extract(doc, span, walker.walk(doc, span), MEETING).stream()
                .map(d -> new Decision(d.meeting(), d.item(), d.minuteRef(), d.kind(), d.text(), d.vote(), d.page())).toList();
    }

    private static Decision d(String item, String ref, DecisionKind kind, String text, String vote, int page) {
        return new Decision(MEETING, item, ref, kind, text, vote, page);
    }

    /** The seed excerpts start at items 5 and 6: numbers running on like that are read as minute numbers. */
    @Test
    void minutesTableKeepsTheActionColumnOutAndFollowsItemsAcrossPages() throws Exception {
        List<Decision> got = extract(SeedPapers.partnershipMinutesTable().ingest(tmp, "minutes.pdf"));
        assertEquals(List.of(
                d("6", "6", DecisionKind.AGREED, "That the SOC for MKUH development be supported and letter of support "
                        + "from the ICS be provided by the Chair on behalf of the ICS.", null, 1),
                d("7", "7", DecisionKind.AGREED, "It was agreed that it would be beneficial to include local authorities in discussions.",
                        null, 1),
                d("7", "7", DecisionKind.APPROVED, "The Board approved the revised terms of reference for the Group.", null, 1),
                d("7", "7", DecisionKind.AGREED, "That a report be made to the next Partnership Board to include: "
                        + "a. What is meant by strategic commissioning? b. How will the single CCG body be culturally different?",
                        null, 2)), got);
    }

    @Test
    void unruledMinutesKeepTheMarginActionColumnOut() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .text(200, 50, "Partnership Board Minutes", 14, true)
                .bold(60, 100, "5").bold(110, 100, "CCG Clinical Case for Change")
                .text(110, 120, "Agreed: That a report be made to the next Partnership Board").text(460, 120, "ACTION 15 SW")
                .text(110, 133, "on strategic commissioning.")
                .ingest(tmp, "unruled.pdf");
        assertEquals(List.of(d("5", "5", DecisionKind.AGREED,
                "That a report be made to the next Partnership Board on strategic commissioning.", null, 1)), extract(doc));
    }

    @Test
    void councilResolutionsEachTheirOwnRecordWithVoteAndTheMinuteNumberAsItemAndReference() throws Exception {
        List<Decision> got = extract(SeedPapers.councilMinutes().ingest(tmp, "council.pdf"));
        String u = "unanimous";
        assertEquals(List.of(
                d("HWB/17/1", "HWB/17/1", DecisionKind.RESOLVED, "that the position of Vice-Chairman for 2017/18 remain vacant "
                        + "until the new Accountable Officer was in post.", null, 1),
                d("HWB/17/3", "HWB/17/3", DecisionKind.RESOLVED, "that the minutes of the meeting of the Central Bedfordshire "
                        + "Health and Wellbeing Board held on 29 March 2017 be confirmed as a correct record and signed by the "
                        + "Chairman.", null, 1),
                d("HWB/17/6", "HWB/17/6", DecisionKind.RESOLVED, "that the 2017 Executive Summary of the Joint Strategic Needs "
                        + "Assessment for Central Bedfordshire be endorsed", u, 1),
                d("HWB/17/6", "HWB/17/6", DecisionKind.RESOLVED, "that the areas of focus requiring action across the system, as "
                        + "set out above, be incorporated into a refreshed strategy.", u, 1),
                d("HWB/17/10", "HWB/17/10", DecisionKind.AGREED, "It was agreed that the performance data be updated where possible and presented "
                        + "to the Board on 24 January 2018.", null, 1),
                d("HWB/17/12", "HWB/17/12", DecisionKind.NOTED, "the presentation.", u, 1),
                d("HWB/17/13", "HWB/17/13", DecisionKind.RESOLVED, "that the following items be scheduled for the next meeting: "
                        + "Better Care Fund Plan Accountable Care System and STP Update", u, 1),
                d("HWB/17/13", "HWB/17/13", DecisionKind.RESOLVED, "improving Outcomes for Frail Older People to be removed from the "
                        + "next meeting", u, 1)), got);
    }

    @Test
    void charityNumberedParagraphsAreMinuteReferencesUnderTheirItem() throws Exception {
        List<Decision> expected = List.of(
                d("4", "4.2", DecisionKind.AGREED, "the revised risk appetite statement, subject to the amendment to the "
                        + "cyber security risk discussed at the meeting.", null, 1),
                d("7", "7.1", DecisionKind.APPROVED, "The Board approved the recruitment pack and the skills matrix as "
                        + "presented.", null, 1));
        assertEquals(expected, extract(CharityPapers.ruledMinutes().ingest(tmp, "ruled.pdf")));
        assertEquals(expected, extract(CharityPapers.unruledMinutes().ingest(tmp, "unruled.pdf")));
    }

    @Test
    void repeatedHeaderRowDoesNotBreakADecisionRunningOverThePage() throws Exception {
        List<Decision> got = extract(CharityPapers.unruledMinutesOverAPageBreak().ingest(tmp, "break.pdf"));
        assertEquals(List.of(d("4", "4.2", DecisionKind.AGREED, "the revised risk appetite statement, subject to the "
                + "amendment to the cyber security risk discussed at the meeting.", null, 1)), got);
    }

    @Test
    void aOneColumnLineRecurringAtThePageTopIsKept() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(60, 100, "HWB/16/16.").bold(144, 100, "Minutes")
                .bold(144, 130, "RESOLVED")
                .text(144, 148, "that the minutes be confirmed as a correct record.")
                .bold(60, 770, "HWB/16/19.").bold(144, 770, "Pharmaceutical Needs Assessment")
                .text(144, 790, "The Board considered the draft assessment.")
                .newPage()
                .bold(144, 74, "RESOLVED")
                .text(144, 92, "that the draft assessment be approved for consulta-")
                .text(144, 105, "tion.")
                .ingest(tmp, "council.pdf");
        assertEquals(List.of(
                d("HWB/16/16", "HWB/16/16", DecisionKind.RESOLVED, "that the minutes be confirmed as a correct record.", null, 1),
                d("HWB/16/19", "HWB/16/19", DecisionKind.RESOLVED, "that the draft assessment be approved for consultation.",
                        null, 2)), extract(doc));
    }
    /**
     * Governors' minutes number their headings by minute only ({@code BM 58/2122}): that number is
     * the item's (the minutes' headings are its agenda items) and the minute it is cited by.
     */
    @Test
    void aHeadingWhoseOnlyNumberIsAMinuteNumberIsTheItemAndTheMinuteReference() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(60, 100, "BM 57/2122").bold(144, 100, "Minutes of the last meeting")
                .text(144, 120, "The minutes were agreed as a true record and signed.")
                .bold(60, 150, "BM 58/2122").bold(144, 150, "Budget")
                .text(144, 170, "Governors discussed the budget. It was agreed that the services would be bought in.")
                .ingest(tmp, "governors.pdf");
        assertEquals(List.of(
                d("BM 57/2122", "BM 57/2122", DecisionKind.AGREED, "The minutes were agreed as a true record and signed.", null, 1),
                d("BM 58/2122", "BM 58/2122", DecisionKind.AGREED, "It was agreed that the services would be bought in.", null, 1)),
                extract(doc));
    }

    @Test
    void parishMinuteNumbersAreTheItemAndTheCountAfterTheProposerIsTheVote() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .text(60, 90, "23/03").text(120, 90, "Minutes of the previous meeting")
                .text(120, 105, "The minutes of the last meeting were approved. Proposed Cllr Stone, seconded Cllr Fisher,")
                .text(120, 118, "all in favour.")
                .text(60, 140, "23/04").text(120, 140, "Finance")
                .text(120, 155, "It was resolved to set the precept at £18,500. Proposed Cllr Lamb, seconded Cllr Green.")
                .text(120, 168, "3 in favour, 1 against.")
                .ingest(tmp, "parish.pdf");
        assertEquals(List.of(
                d("23/03", "23/03", DecisionKind.APPROVED, "The minutes of the last meeting were approved.", "unanimous", 1),
                d("23/04", "23/04", DecisionKind.RESOLVED, "It was resolved to set the precept at £18,500.",
                        "for 3, against 1, abstain 0", 1)), extract(doc));
    }

    @Test
    void aCarriedMotionFollowedByItsResolutionsIsRecordedOnceByThemWithItsDivision() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .bold(60, 90, "48.").bold(90, 90, "Land at Mill Lane")
                .text(60, 110, "It was moved by Councillor Hale and seconded by Councillor Ward that the application be")
                .text(60, 123, "approved. On being put to the vote the motion was carried (For: 5, Against: 1, Abstentions: 0).")
                .text(60, 145, "RESOLVED:")
                .text(60, 165, "(1) That planning permission be granted subject to the conditions.")
                .text(60, 185, "(2) That the Head of Planning be authorised to agree the wording.")
                .bold(60, 210, "49.").bold(90, 210, "Appeals")
                .text(60, 230, "It was moved by Councillor Hale and seconded by Councillor Ward that the report be")
                .text(60, 243, "approved. On being put to the vote the motion was carried (For: 6, Against: 0, Abstentions: 0).")
                .ingest(tmp, "mgov.pdf");
        String division = "for 5, against 1, abstain 0";
        List<Decision> got = extract(doc);
        assertEquals(List.of(
                "48|RESOLVED|That planning permission be granted subject to the conditions.|" + division,
                "48|RESOLVED|That the Head of Planning be authorised to agree the wording.|" + division,
                "49|APPROVED|It was moved by Councillor Hale and seconded by Councillor Ward that the report be approved.|"
                        + "for 6, against 0, abstain 0"),
                got.stream().map(x -> x.item() + "|" + x.kind() + "|" + x.text() + "|" + x.vote()).toList());
    }

    @Test
    void aResolutionsProposerAndCountAreItsVoteNotItsText() throws Exception {
        ParsedDocument doc = new org.boardpack.extract.fixtures.PdfFixture()
                .text(60, 90, "23/04").text(120, 90, "Finance")
                .text(120, 105, "RESOLVED: That the precept be set at £18,500. Proposed Cllr Lamb, seconded Cllr Green.")
                .text(120, 118, "4 for, 2 against, 1 abstention.")
                .text(60, 140, "23/05").text(120, 140, "Highways")
                .text(120, 155, "RESOLVED: That the grit bin be replaced. The decision was unanimous.")
                .ingest(tmp, "parish.pdf");
        assertEquals(List.of(
                "23/04|That the precept be set at £18,500.|for 4, against 2, abstain 1",
                "23/05|That the grit bin be replaced.|unanimous"),
                extract(doc).stream().map(x -> x.item() + "|" + x.text() + "|" + x.vote()).toList());
    }
}
