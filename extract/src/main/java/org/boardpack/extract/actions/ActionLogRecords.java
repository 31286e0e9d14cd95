package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;

import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;

/**
 * The rows of every action log in the document, wherever it stands, each for the meeting of the
 * paper it stands in: looked up by page and height, so a log set under the end of the minutes of
 * another meeting on one page takes its own paper's meeting, not the minutes'.
 */
public final class ActionLogRecords implements RecordExtractor<Action> {

    private final ActionLogExtractor logs;

    public ActionLogRecords(ActionLogExtractor logs) {
        this.logs = logs;
    }

    @Override
    public String recordType() {
        return "actions";
    }

    @Override
    public List<Action> extract(DocumentContext context) {
        return logs.extract(context.doc(), context.tables(), context::bodySlugAt, context::meetingAt,
                context.words(), context.pageTables());
    }
}
