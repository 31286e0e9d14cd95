package org.boardpack.extract.actions;

import org.boardpack.model.actions.Action;

import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;
import org.boardpack.model.documents.DocumentSpan;

/** The rows of every action log in the document, wherever it stands, each for its page's meeting. */
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
        return logs.extract(context.doc(), context.tables(), context::bodySlugAt, page -> meetingAt(context, page),
                context.words(), context.pageTables());
    }

    /** The meeting the paper holding a page is for, or the pack's. */
    private static String meetingAt(DocumentContext context, int page) {
        return context.papers().stream().filter(p -> p.contains(page) && p.meeting() != null)
                .map(DocumentSpan::meeting).findFirst().orElse(context.packMeeting());
    }
}
