package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.meetings.Meeting;

/** The decisions of every paper that records a meeting, read from its walked items. */
public final class DecisionRecords implements RecordExtractor<Decision> {

    private final DecisionExtractor decisions;

    public DecisionRecords(DecisionExtractor decisions) {
        this.decisions = decisions;
    }

    @Override
    public String recordType() {
        return "decisions";
    }

    @Override
    public List<Decision> extract(DocumentContext context) {
        List<Decision> out = new ArrayList<>();
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            String body = context.meeting(paper.meeting()).map(Meeting::body).orElse(null);
            out.addAll(decisions.extract(context.doc(), paper, context.walked(paper), paper.meeting(), body,
                    context.tables(), context.tablesByPage()));
        }
        return out;
    }
}
