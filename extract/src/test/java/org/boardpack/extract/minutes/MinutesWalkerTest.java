package org.boardpack.extract.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.CharityPapers;
import org.boardpack.extract.fixtures.GridLines;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesWalkerTest {

    private final MinutesWalker walker = new MinutesWalker(CellSplitter.standard(), new PageFurniture());

    @TempDir
    Path tmp;

    private List<String> items(ParsedDocument doc) {
        return walker.walk(doc, new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount())).items().stream()
                .map(i -> i.number() + " " + i.minuteRef() + " " + i.title() + ": "
                        + String.join(" / ", i.discussion().stream().map(MinutesLine::text).toList()))
                .toList();
    }

    @Test
    void plainNumberedParagraphsBelongToTheBoldItemAbove() throws Exception {
        List<String> got = items(CharityPapers.ruledMinutes().ingest(tmp, "ruled.pdf"));
        assertEquals(List.of(
                "1 null Welcome and apologies: ",
                "1 1.1 Welcome and apologies: The Chair welcomed everyone to the meeting. Apologies were received as "
                        + "noted / above and the meeting was quorate.",
                "4 null Risk register: ",
                "4 4.1 Risk register: Trustees asked that the register show the direction of travel for each risk.",
                "4 4.2 Risk register: Agreed: the revised risk appetite statement, subject to the amendment to the "
                        + "cyber / security risk discussed at the meeting.",
                "4 4.3 Risk register: Update the risk register to reflect the discussion and recirculate it.",
                "7 null Trustee recruitment: ",
                "7 7.1 Trustee recruitment: The Board approved the recruitment pack and the skills matrix as presented.",
                "7 7.2 Trustee recruitment: Advertise the trustee vacancies and convene the panel."), got);
    }

    @Test
    void aWrappedLineStartingWithAFigureGoesOnWithTheSentence() throws Exception {
        ParsedDocument doc = new PdfFixture()
                .bold(60, 100, "4.").bold(110, 100, "Budget")
                .text(110, 120, "The Director of Finance reported a deficit of")
                .text(110, 133, "4.2 million pounds for the year.")
                .ingest(tmp, "prose.pdf");
        assertEquals(List.of("4 null Budget: The Director of Finance reported a deficit of / 4.2 million pounds for "
                + "the year."), items(doc));
    }

    @Test
    void aShortLetteredLineAloneInATableHeadsAPartOfTheItemButAColonsListDoesNot() throws Exception {
        PdfFixture f = new PdfFixture();
        GridLines.draw(f, new float[] {56, 101, 451, 538}, new float[] {80, 100, 300});
        f.bold(60, 94, "Item No.").bold(105, 94, "Discussion").bold(455, 94, "Action");
        f.bold(60, 116, "3").bold(105, 116, "Minutes & Actions");
        f.text(105, 136, "a. Minutes");
        f.text(105, 156, "The minutes of the last meeting were confirmed as a true record.");
        f.text(105, 176, "b. Actions");
        f.text(105, 196, "It was agreed that a report be made to the next Board to include:");
        f.text(105, 210, "a. What is meant by commissioning?");
        f.text(105, 224, "b. Strategic commissioning");
        List<String> got = walker.walk(f.ingest(tmp, "table.pdf"), new DocumentSpan(DocumentType.MINUTES, null, 1, 1))
                .items().stream().map(i -> i.number() + " " + i.title() + " (" + i.discussion().size() + ")").toList();
        assertEquals(List.of("3 Minutes & Actions (0)", "3a Minutes (1)", "3b Actions (3)"), got);
    }

    @Test
    void yearAndSequenceNumbersInATablesItemColumnOpenItemsOnlyWhereTheyRunOn() throws Exception {
        PdfFixture f = new PdfFixture();
        GridLines.draw(f, new float[] {56, 111, 451, 538}, new float[] {80, 100, 120, 140, 160});
        f.bold(60, 94, "Item").bold(115, 94, "Discussion").bold(455, 94, "Action");
        f.text(60, 114, "23/01").text(115, 114, "Apologies were received from Cllr Marsh.");
        f.text(60, 134, "23/02").text(115, 134, "No declarations of interest were made.");
        f.text(60, 154, "23/03").text(115, 154, "The minutes were approved.");
        PdfFixture cited = new PdfFixture();
        GridLines.draw(cited, new float[] {56, 111, 451, 538}, new float[] {80, 100, 120, 140, 160});
        cited.bold(60, 94, "Item").bold(115, 94, "Action").bold(455, 94, "By whom");
        cited.text(60, 114, "98/2122").text(115, 114, "Notify Babcock of the appointments").text(455, 114, "Clerk");
        cited.text(60, 134, "101/2122").text(115, 134, "Minutes to website").text(455, 134, "Clerk");
        cited.text(60, 154, "113/2122").text(115, 154, "Forward documents to the governors").text(455, 154, "Clerk");
        List<String> numbers = walker.walk(f.ingest(tmp, "table.pdf"), new DocumentSpan(DocumentType.MINUTES, null, 1, 1))
                .items().stream().map(i -> i.number()).toList();
        assertEquals(List.of("23/01", "23/02", "23/03"), numbers);
        assertEquals(List.of(), walker.walk(cited.ingest(tmp, "cited.pdf"), new DocumentSpan(DocumentType.MINUTES, null, 1, 1))
                .items().stream().map(i -> i.number()).filter(java.util.Objects::nonNull).toList());
    }
}
