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
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AGM minutes: an Order of Business, then the business minuted under references of the minutes' own. */
class OwnMinuteReferencesTest {

    private static final String MEETING = "m/2006-02-11";

    @TempDir
    Path tmp;

    @Test
    void eachMinuteSitsUnderTheOrderItemItNamesAndIsCitedByItsReference() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 60, "Minutes of the Second Annual General Meeting")
                .text(60, 90, "Order of Business:")
                .text(75, 105, "1.").text(95, 105, "Mr. Secretary to Move: Approval of the Agenda")
                .text(75, 119, "2.").text(95, 119, "Mr. Secretary to move that the minutes of the previous AGM be Ratified")
                .text(75, 133, "3.").text(95, 133, "Mr. Treasurer to present the Association's Accounts")
                .text(75, 147, "4.").text(95, 147, "Elections to the Advisory Board")
                .text(75, 161, "5.").text(95, 161, "Close")
                .text(60, 190, "AGM-2006/1 : The Agenda, as presented, was accepted without dissent.")
                .text(60, 210, "AGM-2006/2 : The minutes of the previous AGM were confirmed as a true record.")
                .text(60, 230, "AGM-2006/3 The Association's Accounts were presented by Mr. Treasurer.")
                .text(60, 250, "AGM-2006/4")
                .text(300, 264, "The accounts were duly adopted.")
                .text(60, 290, "AGM-2006/5 Advisory Board Elections")
                .text(75, 305, "5.1 For the post of Chair, the nomination of Ann Lee was approved.")
                .text(60, 330, "AGM-2006/6 Close: at 13:40")
                .ingest(tmp, "minutes.pdf");
        DocumentSpan span = new DocumentSpan(DocumentType.MINUTES, null, 1, 1);
        List<Decision> got = new DecisionExtractor(new ParagraphSplitter(new LineJoiner()), SentenceSplitter.english())
                .extract(doc, span, new MinutesWalker(CellSplitter.standard(), new PageFurniture()).walk(doc, span), MEETING);
        assertEquals(List.of(
                        "1 AGM-2006/1 The Agenda, as presented, was accepted without dissent.",
                        "2 AGM-2006/2 The minutes of the previous AGM were confirmed as a true record.",
                        "3 AGM-2006/4 The accounts were duly adopted.",
                        "4 AGM-2006/5 For the post of Chair, the nomination of Ann Lee was approved."),
                got.stream().map(d -> d.item() + " " + d.minuteRef() + " " + d.text()).toList());
    }
}
