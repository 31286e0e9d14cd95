package org.boardpack.app.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register read from an index: the minutes entry that raised an action (in December's pack)
 * and the log rows of December and January are one action, each dated by the meeting whose papers
 * printed it, though the log rows name the raising meeting as theirs.
 */
class ActionRegisterTest {

    private static final String BODY = "BLMK Partnership Board";
    private static final String NOV = "blmk-partnership-board/2020-11-11";
    private static final String DEC = "blmk-partnership-board/2020-12-09";
    private static final String JAN = "blmk-partnership-board/2021-01-13";
    private static final String LETTER = "To provide letter of support on behalf of the ICS";

    @TempDir
    Path dir;

    @Test
    void theMinutesEntryAndEachMonthsLogRowAreOneActionWithItsHistory() throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/blmk-2020-12-09.pdf", DEC, NOV, ActionStatus.CLOSING,
                    List.of(new ActionUpdate("2020-11-11", "letter of support provided"))));
            w.replace(pack("/packs/blmk-2021-01-13.pdf", JAN, DEC, ActionStatus.CLOSED,
                    List.of(new ActionUpdate("2020-11-11", "letter of support provided"),
                            new ActionUpdate("2020-12-14", "Letter acknowledged by NHSEI"))));
        }
        try (PackSearcher searcher = new PackSearcher(dir)) {
            List<ActionSnapshot> rows = ActionRegister.snapshots(searcher, null);
            assertEquals(4, rows.size(), "two minutes entries and two log rows");
            List<LinkedAction> linked = ActionRegister.asOf(LocalDate.of(2021, 2, 1)).linked(searcher, null);
            LinkedAction letter = linked.stream().filter(a -> a.id().equals("blmk-partnership-board/31")).findFirst()
                    .orElseThrow();
            assertEquals("31", letter.ref(), "as the log prints it");
            assertEquals(List.of("2020-11-11", "2020-12-09", "2021-01-13"),
                    letter.history().stream().map(h -> h.date()).toList());
            assertEquals(NOV, letter.raisedBy());
            assertEquals("2021-01-13", letter.closed());
            assertEquals(2, letter.updates().size());
            LinkedAction raised = linked.stream().filter(a -> a.id().equals("blmk-partnership-board/32")).findFirst()
                    .orElseThrow();
            assertEquals("Action 32", raised.ref(), "only the minutes printed it");
            assertEquals(2, linked.size());
        }
    }

    /**
     * A pack for the meeting {@code meeting}: the minutes of {@code previous} raising an action, and
     * the log with action 31 (raised in November) as it stands.
     */
    private static PackRecord pack(String path, String meeting, String previous, ActionStatus status,
                                   List<ActionUpdate> updates) {
        String ref = previous.equals(NOV) ? "31" : "32";
        List<Meeting> meetings = List.of(new Meeting(meeting, BODY, meeting.substring(meeting.indexOf('/') + 1), null, null),
                new Meeting(previous, BODY, previous.substring(previous.indexOf('/') + 1), null, null));
        List<DocumentSpan> docs = List.of(new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, 2, previous),
                new DocumentSpan(DocumentType.ACTION_LOG, "Action Log", 3, 3, meeting));
        List<Action> actions = List.of(
                new Action(ActionSource.MINUTES, previous, "Action " + ref, "6", null, "Chair", null,
                        previous.substring(previous.indexOf('/') + 1), null, null, null, null, 2),
                new Action(ActionSource.ACTION_LOG, NOV, "31", "Strategic Outline Case", LETTER, "Chair", null,
                        "2020-11-11", "2020-12", status, status.name(), updates, 3));
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, path.hashCode() + "0".repeat(56), 3, "pdf"), docs,
                meetings, null, null, null, actions, null, null);
    }
}
