package org.boardpack.extract.actions;

import java.util.List;
import org.boardpack.extract.context.DocumentContext;
import org.boardpack.extract.context.RecordExtractor;

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
        return logs.extract(context.doc(), context.tables(), context::bodySlugAt, context.words(),
                context.pageTables());
    }
}
