package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.boardpack.app.export.DecisionRow;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.register.ActionRegister;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.OneMeetingPack;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.model.BoardpackCodec;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.names.BodySlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A board whose agenda packs are filed in one folder under its formal name and whose minutes are
 * filed in another under its short name: the two folders' papers list one action (the same
 * reference in the same words), so the names are one body; every meeting id a user sees is that
 * body's, a row keeping the id its pack printed beside it; {@code show} finds the meeting under
 * either id; the register links the action across the folders. A trust that lists an action 12 of
 * its own, in other words, stays apart.
 */
class ResolvedMeetingsTest {

    private static final String SHORT = "BLMK Partnership Board";
    private static final String FORMAL = "Partnership Board for Bedfordshire, Luton and Milton Keynes";
    private static final String FLU = "Report flu vaccination uptake to the Board";
    private static final String RESOLVED = "blmk-partnership-board/2021-01-13";
    private static final String FORMAL_ID = BodySlug.of(FORMAL) + "/2021-01-13";

    @TempDir
    Path dir;

    private static PackRecord pack(String path, String body, String date, String decision, Action action) {
        return OneMeetingPack.of(path, body, date, decision, action);
    }

    private static Action action(ActionSource source, String ref, String description, ActionStatus status) {
        return new Action(source, null, ref, "3", description, "DH", "Dave Hodgson", "2020-11-11", "2020-12",
                status, status.name(), List.of(), 1);
    }

    private PackSearcher indexed() throws Exception {
        Path index = dir.resolve("index");
        try (PackIndexWriter w = new PackIndexWriter(index, "v1")) {
            w.replace(pack("/packs/minutes/2020-11-11.pdf", SHORT, "2020-11-11", "The flu programme was agreed",
                    action(ActionSource.MINUTES, "12", FLU, ActionStatus.OPEN)));
            w.replace(pack("/packs/minutes/2021-01-13.pdf", SHORT, "2021-01-13", "The budget was agreed",
                    action(ActionSource.MINUTES, "13", "Circulate the budget to members", ActionStatus.OPEN)));
            w.replace(pack("/packs/agendas/2021-01-13.pdf", FORMAL, "2021-01-13", "The winter plan was agreed",
                    action(ActionSource.ACTION_LOG, "12", FLU, ActionStatus.CLOSED)));
            w.replace(pack("/packs/trust/2021-01-20.pdf", "Northfield Trust Board", "2021-01-20", "The estates plan was agreed",
                    action(ActionSource.MINUTES, "12", "Report estates backlog figures to the Board", ActionStatus.OPEN)));
        }
        return new PackSearcher(index);
    }

    @Test
    void papersOfTwoFoldersListingOneActionAreOneBody() throws Exception {
        try (PackSearcher s = indexed()) {
            assertEquals(2, s.bodies().bodies().size(), s.bodies().names().toString());
            assertTrue(s.bodies().named(SHORT).orElseThrow().answersTo(FORMAL));
        }
    }

    @Test
    void rowsCarryTheResolvedMeetingIdAndThePacksOwn() throws Exception {
        try (PackSearcher s = indexed()) {
            List<DecisionRow> rows = new RowSources().decisions().rows(s, RecordSelection.all(SearchFilters.NONE));
            DecisionRow winter = rows.stream().filter(r -> r.text().contains("winter")).findFirst().orElseThrow();
            assertEquals(RESOLVED, winter.meeting());
            assertEquals(FORMAL_ID, winter.packMeeting(), "the id the pack's records write, to join with export all");
            assertEquals(FORMAL, winter.body(), "the body as printed");
            DecisionRow estates = rows.stream().filter(r -> r.text().contains("estates")).findFirst().orElseThrow();
            assertEquals(estates.packMeeting(), estates.meeting(), "a body printed one way keeps its id");
        }
    }

    @Test
    void showGathersTheMeetingFromBothFoldersUnderEitherId() throws Exception {
        try (PackSearcher s = indexed()) {
            MeetingLookup lookup = new MeetingLookup(s, new RecordRows(s, new BoardpackCodec()));
            for (String given : List.of(RESOLVED, FORMAL_ID, "blmk-partnership-board/2021-01-13")) {
                MeetingView m = lookup.find(given).orElseThrow();
                assertEquals(RESOLVED, m.id(), given);
                assertEquals(Set.of("The budget was agreed", "The winter plan was agreed"),
                        Set.copyOf(m.decisions().stream().map(r -> r.record().text()).toList()), given);
                assertEquals(Set.of("/packs/minutes/2021-01-13.pdf", "/packs/agendas/2021-01-13.pdf"),
                        Set.copyOf(m.sources().stream().map(MeetingSources::path).toList()), given);
            }
            assertTrue(lookup.closeIds("blmk-partnership-board/2021-01-14").contains(RESOLVED));
            assertTrue(lookup.closeIds("blmk-partnership-board/2021-01-14").stream().noneMatch(id -> id.equals(FORMAL_ID)));
        }
    }

    @Test
    void theRegisterLinksTheActionAcrossTheFolders() throws Exception {
        try (PackSearcher s = indexed()) {
            List<LinkedAction> linked = ActionRegister.asOf(LocalDate.of(2021, 2, 1)).linked(s, null);
            LinkedAction flu = linked.stream().filter(a -> a.description().equals(FLU)).findFirst().orElseThrow();
            assertEquals("blmk-partnership-board/12", flu.id());
            assertEquals(2, flu.history().size(), "raised in the minutes' folder, closed in the agendas' folder's log: " + linked);
            assertEquals("2021-01-13", flu.closed());
            assertEquals(List.of("blmk-partnership-board/2020-11-11", RESOLVED),
                    flu.history().stream().map(h -> h.meeting()).toList());
        }
    }
}
