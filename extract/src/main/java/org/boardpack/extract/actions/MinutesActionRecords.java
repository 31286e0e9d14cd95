package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.meetings.Meeting;

/** The actions recorded in every paper that records a meeting (action columns and lines). */
public final class MinutesActionRecords implements RecordExtractor<Action> {

    private final MinutesActionExtractor actions;

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
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            String date = context.meeting(paper.meeting()).map(Meeting::date).orElse(null);
            out.addAll(actions.extract(context.doc(), paper, paper.meeting(), date, context.words(),
                    context.pageTables()));
        }
        return out;
    }
}
