package org.boardpack.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.tables.Table;
import org.junit.jupiter.api.Test;

class PackScorerTest {

    private static final String M = "blmk-partnership-board/2020-11-11";
    /** The same meeting under another body slug: matching goes by date. */
    private static final String M_OTHER_SLUG = "partnership-board-for-bedfordshire/2020-11-11";

    private static PackRecord pack(List<Meeting> meetings, List<AgendaItem> agenda, List<Attendance> people,
                                   List<Decision> decisions, List<Action> actions, List<Table> tables) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo("x.pdf", "s", 3, "pdf"), null, meetings, agenda, people,
                decisions, actions, tables, null);
    }

    private final PackScorer scorer = new PackScorer();

    @Test
    void attendanceMatchesByMeetingDateAndCaseFoldedNameAndJudgesFields() {
        List<Attendance> expected = List.of(
                new Attendance(M, "Rima Makarem", "Dr", "BLMK ICS Chair", "RM", AttendanceStatus.PRESENT, 2),
                new Attendance(M, "Felicity Cox", null, "Executive Lead", "FC", AttendanceStatus.PRESENT, 2),
                new Attendance(M, "Tom Davis", "Dr", "EEAST", null, AttendanceStatus.APOLOGIES, 2));
        List<Attendance> produced = List.of(
                new Attendance(M_OTHER_SLUG, "RIMA MAKAREM", "Dr", "BLMK ICS  Chair", "RM", AttendanceStatus.PRESENT, 2),
                new Attendance(M, "Felicity Cox", null, "Executive", "FC", AttendanceStatus.PRESENT, 3),
                new Attendance(M, "Someone Else", null, null, null, AttendanceStatus.PRESENT, 2));
        Tally t = scorer.score(pack(null, null, expected, null, null, null), pack(null, null, produced, null, null, null))
                .get("attendance");
        TypeScore s = t.score("attendance");
        assertEquals(2, s.matched());
        assertEquals(2.0 / 3, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(0.5, s.fields().get("role").accuracy(), 1e-9, "whitespace is not a difference; a cut role is");
        assertEquals(0.5, s.fields().get("page").accuracy(), 1e-9);
    }

    @Test
    void decisionsMatchGreedilyBySimilarityWithinTheMeeting() {
        String text = "That the SOC for MKUH development be supported and letter of support from the ICS be provided "
                + "by the Chair on behalf of the ICS.";
        List<Decision> expected = List.of(new Decision(M, "6", null, DecisionKind.AGREED, text, null, 5));
        // a cut-off text still matches (Dice >= 0.6) but its text is not right (< 0.9)
        String cut = "That the SOC for MKUH development be supported and letter of support";
        List<Decision> produced = List.of(
                new Decision(M, "6", null, DecisionKind.AGREED, cut, null, 5),
                new Decision("other/2020-12-09", "6", null, DecisionKind.AGREED, text, null, 5));
        TypeScore s = scorer.score(pack(null, null, null, expected, null, null), pack(null, null, null, produced, null, null))
                .get("decisions").score("decisions");
        assertEquals(1, s.matched(), "the exact text in another meeting does not count");
        assertEquals(0.0, s.fields().get("text").accuracy());
        assertTrue(TextSimilarity.dice(text, cut) >= 0.6 && TextSimilarity.dice(text, cut) < 0.9);
    }

    @Test
    void agendaItemsByNumberWithoutPunctuationAndActionsByRefOrItemAndOwner() {
        List<AgendaItem> expected = List.of(new AgendaItem(M, "5a", "Oversight", "S Wood", "15:25", 1),
                new AgendaItem(M, "3.b", "Action log", "Chair", null, 1));
        List<AgendaItem> produced = List.of(new AgendaItem(M, "5.a", "Oversight", "S Wood", "15:25", 1),
                new AgendaItem(M, "3b", "Action log", "Chair", null, 1));
        assertEquals(2, scorer.score(pack(null, expected, null, null, null, null), pack(null, produced, null, null, null, null))
                .get("agenda_items").score("a").matched());

        Action logRow = new Action(ActionSource.ACTION_LOG, M, "31", "Strategic Outline Case", "To provide letter",
                "Chair", null, "2020-11-11", "2020-11", ActionStatus.CLOSING, "Closing", List.of(), 12);
        Action noRef = new Action(ActionSource.MINUTES, M, null, "Digital", "Share examples", "RG", "Ross Graves",
                null, null, null, null, null, 4);
        Action sameRefOtherSource = new Action(ActionSource.MINUTES, M, "31", "Strategic Outline Case", null, "Chair",
                null, null, null, null, null, null, 3);
        TypeScore s = scorer.score(pack(null, null, null, null, List.of(logRow, noRef), null),
                pack(null, null, null, null, List.of(sameRefOtherSource, noRef, logRow), null)).get("actions").score("a");
        assertEquals(2, s.matched());
        assertEquals(3, s.produced());
    }

    @Test
    void typesTheAnswersLeaveNullAreNotJudgedAndNothingProducedScoresZero() {
        Map<String, Tally> scores = scorer.score(
                pack(List.of(new Meeting(M, "BLMK Partnership Board", "2020-11-11", "16:00", "Microsoft Teams")),
                        null, null, null, null, null),
                pack(null, null, null, null, null, null));
        assertEquals(List.of("meetings"), List.copyOf(scores.keySet()));
        TypeScore s = scores.get("meetings").score("meetings");
        assertEquals(0.0, s.f1());
        assertEquals(1, s.expected());
    }

    @Test
    void tablesAreFoundBySharedCellsAndScoredByAdjacency() {
        Table expected = new Table(30, null, null, 1, List.of(
                List.of("Local Authority", "Target", "Performance"),
                List.of("Luton", "78%", "71.2%"),
                List.of("Bedford", "78%", "80.1%")));
        // the produced table merged two columns: found (most cells present) but with wrong relations
        Table produced = new Table(30, null, null, 1, List.of(
                List.of("Local Authority", "Target Performance"),
                List.of("Luton", "78% 71.2%"),
                List.of("Bedford", "78%", "80.1%")));
        Map<String, Tally> scores = scorer.score(pack(null, null, null, null, null, List.of(expected)),
                pack(null, null, null, null, null, List.of(produced)));
        assertEquals(1, scores.get("tables").score("t").matched());
        TypeScore structure = scores.get("table_structure").score("s");
        assertEquals(12, structure.expected(), "6 right-relations and 6 below-relations");
        assertTrue(structure.matched() > 0 && structure.matched() < 12, "partly right: " + structure);
        assertFalse(TableScorer.relations(expected).isEmpty());
    }

    @Test
    void anUnrelatedTableIsNotFound() {
        Table expected = new Table(1, null, null, 1, List.of(List.of("a", "b"), List.of("c", "d")));
        Table produced = new Table(1, null, null, 1, List.of(List.of("a", "x"), List.of("y", "z")));
        Map<String, Tally> scores = scorer.score(pack(null, null, null, null, null, List.of(expected)),
                pack(null, null, null, null, null, List.of(produced)));
        assertEquals(0, scores.get("tables").score("t").matched());
        assertEquals(0, scores.get("table_structure").score("s").matched());
        assertEquals(4, scores.get("table_structure").score("s").produced());
    }
}
