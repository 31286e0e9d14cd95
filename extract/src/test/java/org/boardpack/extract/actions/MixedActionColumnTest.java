package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.layout.CellSplitter;
import org.boardpack.extract.layout.PageFurniture;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesWalker;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MixedActionColumnTest {

    private static final String MEETING = "twg/2021-03-22";

    @TempDir
    Path tmp;

    private static List<Action> read(ParsedDocument doc) {
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING);
        Minutes walked = new MinutesWalker(CellSplitter.standard(), new PageFurniture()).walk(doc, paper);
        return new MixedActionColumn(ActionVocabulary.standard()).read(doc, paper, ItemPlaces.of(doc, walked), MEETING,
                "2021-03-22", Dehyphenator.of(doc), HeadingRoles.standard());
    }

    private static PdfFixture reportTable(String lastHeading) {
        return new PdfFixture()
                .text(60, 50, "Working Group Meeting Record", 14, true)
                .bold(60, 100, "3").bold(90, 100, "Task group reports")
                .text(60, 130, "Group").text(130, 130, "Reporting").text(300, 130, lastHeading)
                .text(60, 150, "SW").text(130, 150, "Jane Smith").text(300, 150, "•").text(315, 150, "IDE needs example projects")
                .text(300, 164, "•").text(315, 164, "Work on the assembler was added")
                .text(60, 190, "HW").text(130, 190, "Hugh Pollitt").text(300, 190, "•")
                .text(315, 190, "Progress meeting to be held on")
                .text(130, 204, "Smith").text(315, 204, "March 30")
                .text(300, 218, "•").text(315, 218, "No new progress to report")
                .text(60, 244, "Cores").text(130, 244, "Ann Binks").text(300, 244, "•").text(315, 244, "X is moving along")
                .text(320, 258, "–").text(335, 258, "Discussion will need to continue")
                .bold(60, 300, "4").bold(90, 300, "Gate names")
                .text(90, 320, "The checklist needs a new gate.");
    }

    private static Action a(String description, String owner) {
        return new Action(ActionSource.MINUTES, MEETING, null, "3", description, owner, null, "2021-03-22", null, null,
                null, null, 1);
    }

    @Test
    void workWordedEntriesOfANotesAndActionsColumnAreTheReportersActions() throws Exception {
        List<Action> got = read(reportTable("Key Issues & Actions Noted").ingest(tmp, "mixed.pdf"));
        assertEquals(List.of(
                a("IDE needs example projects", "Jane Smith"),
                a("Progress meeting to be held on March 30", "Hugh Pollitt Smith"),
                a("X is moving along Discussion will need to continue", "Ann Binks")), got);
    }

    @Test
    void aColumnOfNotesAloneGivesNoActions() throws Exception {
        assertTrue(read(reportTable("Key Issues Noted").ingest(tmp, "notes.pdf")).isEmpty());
    }
}
