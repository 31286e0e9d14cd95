package org.boardpack.extract.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.extract.minutes.ParagraphSplitter;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English committee wordings read item by item: resolution stems, bare outcomes after a count, decision boxes. */
class ItemReaderTest {

    private final MinutesWalker walker = new MinutesWalker(CellSplitter.standard(), new PageFurniture());
    private final DecisionExtractor extractor = new DecisionExtractor(new ParagraphSplitter(new LineJoiner()), SentenceSplitter.english());

    @TempDir
    Path tmp;

    /** Each decision as {@code item|KIND|text|vote|context}. */
    private List<String> read(ParsedDocument doc) {
        DocumentSpan span = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount());
        return extractor.extract(doc, span, walker.walk(doc, span), "m/2023-11-08").stream()
                .map(d -> d.item() + "|" + d.kind() + "|" + d.text() + "|" + d.vote() + "|" + d.context()).toList();
    }

    @Test
    void aStemAloneOverNumberedEntriesIsOneResolutionPerEntryWithTheStemAsContext() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 90, "54.").bold(90, 90, "Medium Term Financial Strategy")
                .text(60, 110, "RESOLVED – That")
                .text(60, 130, "(1) the updated Medium Term Financial Strategy be noted;")
                .text(60, 150, "(2) the savings proposals be approved for consultation; and")
                .text(60, 170, "(3) the Director of Finance be authorised to submit the pooling return.")
                .ingest(tmp, "mgov.pdf");
        assertEquals(List.of(
                "54|RESOLVED|the updated Medium Term Financial Strategy be noted|null|RESOLVED – That",
                "54|RESOLVED|the savings proposals be approved for consultation|null|RESOLVED – That",
                "54|RESOLVED|the Director of Finance be authorised to submit the pooling return.|null|RESOLVED – That"),
                read(doc));
    }

    @Test
    void aBareOutcomeAfterTheCountClosesTheProposalAboveTheCount() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .text(60, 60, "23/03").text(120, 60, "Correspondence")
                .text(120, 75, "The Clerk read a letter from the school.")
                .text(60, 90, "23/04").text(120, 90, "Budget and precept")
                .text(120, 105, "The draft budget was discussed. Proposed Cllr Ashdown, seconded Cllr Moore, that the precept")
                .text(120, 118, "be set at £38,500. 4 in favour, 1 against. Resolved.")
                .ingest(tmp, "parish.pdf");
        assertEquals(List.of("23/04|RESOLVED|Proposed Cllr Ashdown, seconded Cllr Moore, that the precept be set at £38,500. "
                + "4 in favour, 1 against. Resolved.|for 4, against 1, abstain 0|null"), read(doc));
    }

    @Test
    void aDecisionBoxTakesItsKindFromItsEntrysVerb() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 90, "55.").bold(90, 90, "Cycling and Walking Plan")
                .text(60, 110, "Decision:")
                .text(60, 128, "That the Local Cycling and Walking Infrastructure Plan be adopted.")
                .text(60, 150, "Reason for decision:")
                .text(60, 168, "To provide a long-term plan for investment in cycling routes.")
                .ingest(tmp, "box.pdf");
        assertEquals(List.of("55|APPROVED|That the Local Cycling and Walking Infrastructure Plan be adopted.|null|Decision"),
                read(doc));
    }

    @Test
    void aResolutionWhoseLastLineEndsShortAtThePageFootDoesNotRunOnOverThePage() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 690, "57.").bold(90, 690, "Exclusion of the Press and Public")
                .text(60, 710, "RESOLVED – That the press and public be excluded from the meeting for the following item on")
                .text(60, 723, "the grounds that it involves the likely disclosure of exempt information as defined in")
                .text(60, 736, "the Act.")
                .newPage()
                .text(60, 60, "The meeting closed at 7.25 pm.")
                .ingest(tmp, "foot.pdf");
        assertEquals(List.of("57|RESOLVED|That the press and public be excluded from the meeting for the following item on the grounds "
                + "that it involves the likely disclosure of exempt information as defined in the Act.|null|null"), read(doc));
    }

    @Test
    void aResolutionSetWiderThanThePageRunsOnIntoItsLowerCaseLastLine() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 90, "55.").bold(90, 90, "Cycling and Walking Plan")
                .text(60, 110, "The Cabinet Member introduced the plan, which had been the subject of consultation over the")
                .text(60, 123, "summer, and answered questions from members on the routes proposed for the town centre.")
                .text(60, 136, "Members welcomed the plan and the funding bid that would follow its adoption by the Cabinet.")
                .text(60, 160, "Decision:")
                .text(60, 185, "That the Local Cycling and Walking Infrastructure Plan be adopted as set out in Appendix A to the")
                .text(60, 210, "report.")
                .text(60, 235, "Reason for decision:")
                .ingest(tmp, "box.pdf");
        assertEquals(List.of("55|APPROVED|That the Local Cycling and Walking Infrastructure Plan be adopted as set out in Appendix A "
                + "to the report.|null|Decision"), read(doc));
    }
}
