package org.boardpack.app.export;

import org.boardpack.app.query.RecordContext;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

/**
 * A decision row ({@code export decisions}, {@code decisions --json}): the context columns, then
 * the decision's fields, then the meeting's id as the pack printed it ({@link RecordContext#packMeeting}).
 */
public record DecisionRow(String meeting, String body, String date, String path, Integer page,
                          String item, String minuteRef, DecisionKind kind, String text, String vote,
                          String packMeeting) {

    public static DecisionRow of(RecordContext c, Decision d) {
        return new DecisionRow(c.meeting(), c.body(), c.date(), c.path(), c.page(), d.item(), d.minuteRef(), d.kind(),
                d.text(), d.vote(), c.packMeeting());
    }
}
