package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionListReaderTest {

    private static final String MEETING = "society/2016-04-05";

    @TempDir
    Path tmp;

    private static List<Action> read(ParsedDocument doc, boolean minutes) {
        DocumentSpan paper = new DocumentSpan(DocumentType.MINUTES, null, 1, doc.pageCount(), MEETING);
        return new ActionListReader(ActionVocabulary.standard()).read(doc, paper, minutes, MEETING, "2016-04-05",
                Dehyphenator.of(doc));
    }

    @Test
    void numberedNameDashTaskLinesUnderTheirOwnHeading() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 50, "9 Meeting close", 12, true)
                .text(60, 80, "Action List", 14, true)
                .text(70, 110, "1. Daniel - organise posters for the open day")
                .text(70, 134, "2. Shanette + other - buy the society's cutlery, plates and cups from")
                .text(84, 148, "the shop on campus")
                .text(66, 172, "10. JB to circulate the paper")
                .text(60, 230, "Academic Programs Committee notes", 14, true);
        List<Action> got = read(f.ingest(tmp, "list.pdf"), true);
        assertEquals(List.of(
                new Action(ActionSource.MINUTES, MEETING, "1", null, "organise posters for the open day", "Daniel",
                        null, "2016-04-05", null, null, null, null, 1),
                new Action(ActionSource.MINUTES, MEETING, "2", null,
                        "buy the society's cutlery, plates and cups from the shop on campus", "Shanette + other",
                        null, "2016-04-05", null, null, null, null, 1),
                new Action(ActionSource.MINUTES, MEETING, "10", null, "JB to circulate the paper", "JB",
                        null, "2016-04-05", null, null, null, null, 1)), got);
        assertEquals(List.of(), read(f.ingest(tmp, "list2.pdf"), false), "this meeting's list only from its minutes");
    }

    @Test
    void anEarlierMeetingsListReviewedIsALogWithItsStatusNotes() throws Exception {
        PdfFixture f = new PdfFixture()
                .text(60, 80, "Action List from Meeting 14-3-16", 14, true)
                .text(70, 110, "1. Daniel - organise posters for Physical Systems advertising Not time yet")
                .text(70, 134, "2. Braden - talk to PSS about Mentoring There is a mechanism for this")
                .text(84, 148, "already")
                .text(70, 172, "3. Cate - to take care of Pool Competition Yes")
                .text(70, 196, "4. Others - let Daniel know about other graduate groups")
                .text(70, 220, "5. Daniel - talk to Ray about the screen in the Common Room Daniel spoken to Maria");
        List<Action> got = read(f.ingest(tmp, "carried.pdf"), false);
        assertEquals(List.of("organise posters for Physical Systems advertising", "talk to PSS about Mentoring",
                "to take care of Pool Competition", "let Daniel know about other graduate groups",
                "talk to Ray about the screen in the Common Room"),
                got.stream().map(Action::description).toList());
        assertEquals(List.of(ActionSource.ACTION_LOG), got.stream().map(Action::source).distinct().toList());
        assertEquals(List.of("2016-03-14"), got.stream().map(Action::raised).distinct().toList());
        assertEquals(java.util.Arrays.asList("Not time yet", "There is a mechanism for this already", "Yes", null,
                        "Daniel spoken to Maria"),
                got.stream().map(Action::statusText).toList());
        assertEquals(java.util.Arrays.asList(ActionStatus.OPEN, ActionStatus.OTHER, ActionStatus.OTHER, null,
                        ActionStatus.OPEN), got.stream().map(Action::status).toList(), "a progress report is open");

    }
}
