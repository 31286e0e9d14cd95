package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.Decision;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * The decisions of every paper that records a meeting, read from its lines under its walked items
 * and from its decision grids. The grids are a help, not a need: when the document's tables cannot
 * be read (a detector defect costs the tables record type) the decisions come from the text alone.
 */
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
        if (context.recordsOfMeetings().isEmpty()) {
            return out;
        }
        List<DetectedTable> tables;
        List<List<DetectedTable>> perPage;
        try {
            tables = context.tables();
            perPage = context.tablesByPage();
        } catch (RuntimeException e) {
            tables = List.of();
            perPage = List.of();
        }
        for (DocumentSpan paper : context.recordsOfMeetings()) {
            String body = context.meeting(paper.meeting()).map(Meeting::body).orElse(null);
            out.addAll(decisions.extract(context.doc(), paper, context.walked(paper), paper.meeting(), body, tables, perPage));
        }
        return out;
    }
}
