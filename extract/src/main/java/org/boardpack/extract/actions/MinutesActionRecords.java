package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.extract.minutes.Minutes;

/**
 * The actions recorded in every paper that records a meeting: its table's action column
 * ({@link MinutesActionExtractor}), its action lines ({@link ActionLines}) outside that table, and
 * its lists of actions ({@link ActionListReader}), the work in a report table's column of notes and
 * actions ({@link MixedActionColumn}), and an earlier meeting's actions carried over
 * into the table's discussion; and, from any paper of a meeting, the lists of
 * an earlier meeting's actions reviewed at it (an action log set as a list). Minutes whose
 * meeting cannot be dated (a heading that prints no year, {@code Date: Tuesday 24th September})
 * are still minutes: their actions are read, with no meeting, rather than the file losing them.
 * An action log dated for its meeting ({@code Updated: …}) records no minutes: its rows are the
 * log's actions, read by {@link ActionLogExtractor}.
 */
public final class MinutesActionRecords implements RecordExtractor<Action> {

    private final MinutesActionExtractor actions;
    private final ActionLines lines = new ActionLines(ActionVocabulary.standard());
    private final ActionListReader lists = new ActionListReader(ActionVocabulary.standard());
    private final MixedActionColumn mixed = new MixedActionColumn(ActionVocabulary.standard());
    private final TextDeadline deadlines = new TextDeadline(ActionVocabulary.standard());

    public MinutesActionRecords(MinutesActionExtractor actions) {
        this.actions = actions;
    }

    @Override
    public String recordType() {
        return "actions";
    }

    @Override
    public List<Action> extract(DocumentContext context) {
        List<Action> out = new ArrayList<>();
        List<DocumentSpan> records = context.recordsOfMeetings();
        HeadingRoles roles = HeadingRoles.standard(); // this document's headings, read line after line
        for (DocumentSpan paper : context.papers()) {
            boolean undated = paper.meeting() == null && paper.type() == DocumentType.MINUTES;
            if (paper.meeting() == null && !undated) {
                continue;
            }
            String date = context.meeting(paper.meeting()).map(Meeting::date).orElse(null);
            // an action log's rows are read as a log; its tables are no minutes' action columns
            boolean recordsMeeting = (undated || records.contains(paper)) && paper.type() != DocumentType.ACTION_LOG;
            if (recordsMeeting) {
                Minutes walked = context.walked(paper);
                ItemPlaces items = ItemPlaces.of(context.doc(), walked);
                Optional<MinutesGrid> grid = actions.grid(context.doc(), paper, context.pageTables(), roles);
                // a table whose action column is empty throughout keeps its actions in the text
                Optional<MinutesGrid> filled = grid.filter(g -> !g.column(MinutesGrid.Column.ACTION).isEmpty());
                filled.ifPresent(g -> out.addAll(actions.extract(g, items, paper.meeting(), date, context.words())));
                out.addAll(lines.read(context.doc(), paper, items, walked.pitch(),
                        (page, line) -> filled.isPresent() && filled.get().covers(page, line), paper.meeting(), date,
                        context.words()));
                out.addAll(mixed.read(context.doc(), paper, items, paper.meeting(), date, context.words(), roles));
            }
            out.addAll(lists.read(context.doc(), paper, recordsMeeting, paper.meeting(), date, context.words()));
        }
        return out.stream().map(this::withDeadline).toList();
    }

    /** An action with no deadline of its own column gets the one its text prints ({@link TextDeadline}). */
    Action withDeadline(Action a) {
        if (a.due() != null || a.dueText() != null) {
            return a;
        }
        return deadlines.in(a.description(), a.raised())
                .map(d -> new Action(a.source(), a.meeting(), a.ref(), a.item(), a.description(), a.owner(),
                        a.ownerName(), a.raised(), d.due(), a.status(), a.statusText(), a.updates(), a.page(), d.text()))
                .orElse(a);
    }
}
