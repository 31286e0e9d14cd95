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
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupDecisionTest {

    private static final String MEETING = "m/2023-07-12";

    @TempDir
    Path tmp;

    @Test
    void aDecisionNamingTheGroupSitsUnderNoItemUnlessItsItemIsTheGroup() {
        Decision consent = new Decision(MEETING, "E", "E", DecisionKind.AGREED,
                "Board Member Kanji moved to accept the Consent Calendar.", null, 2);
        assertEquals(new Decision(MEETING, null, null, DecisionKind.AGREED, consent.text(), null, 2),
                GroupDecision.place(consent, "Bills for Ratification for the Months of May and June, 2023."));
        assertEquals(consent, GroupDecision.place(consent, "CONSENT CALENDAR\nITEMS"));
        Decision other = new Decision(MEETING, "B", null, DecisionKind.APPROVED,
                "Vice President Strickler moved to approve the slate of nominees.", null, 2);
        assertEquals(other, GroupDecision.place(other, "Library Board Elections"));
    }

    @Test
    void theConsentMotionAfterTheLetteredItemsIsUnderNone() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 80, "CONSENT CALENDAR")
                .text(60, 110, "*A.").text(100, 110, "Report from the Library Director for May and June.")
                .text(60, 135, "*B.").text(100, 135, "Bills for Ratification for the Months of May and June.")
                .text(60, 165, "Board Member Smith moved to accept the Consent Calendar. Board Member Jones seconded")
                .text(60, 179, "the motion, which passed with a 4-0 vote.")
                .bold(60, 210, "REGULAR AGENDA ITEMS")
                .text(60, 240, "C.").text(100, 240, "Library Board Elections")
                .text(60, 265, "Board Member Jones moved to approve the slate of nominees. Board Member Smith seconded")
                .text(60, 279, "the motion, which passed with a 4-0 vote.")
                .ingest(tmp, "minutes.pdf");
        DocumentSpan span = new DocumentSpan(DocumentType.MINUTES, null, 1, 1);
        List<Decision> got = new DecisionExtractor(new ParagraphSplitter(new LineJoiner()), SentenceSplitter.english())
                .extract(doc, span, new MinutesWalker(CellSplitter.standard(), new PageFurniture()).walk(doc, span), MEETING);
        assertEquals(List.of("null Board Member Smith moved to accept the Consent Calendar.",
                        "C Board Member Jones moved to approve the slate of nominees."),
                got.stream().map(d -> d.item() + " " + d.text()).toList());
    }

    @Test
    void aGroupDecisionReadUnderASubItemOfTheGroupSitsUnderTheGroupsItem() {
        Decision consent = new Decision(MEETING, "4C", null, DecisionKind.APPROVED,
                "Vice Chair Tran entertained a motion to approve Item 4 – Consent Items.", null, 15);
        java.util.Map<String, String> titles = java.util.Map.of("4", "CONSENT CALENDAR ITEMS", "4C", "REQUEST FROM SAN FRANCISCO MIME TROUPE");
        assertEquals(new Decision(MEETING, "4", null, DecisionKind.APPROVED, consent.text(), null, 15),
                GroupDecision.place(consent, titles.get("4C"), titles::get));
        // a group named under an item whose parents are no group: under no item, as before
        assertEquals(new Decision(MEETING, null, null, DecisionKind.APPROVED, consent.text(), null, 15),
                GroupDecision.place(consent, titles.get("4C"), n -> "NEW BUSINESS"));
    }
}
