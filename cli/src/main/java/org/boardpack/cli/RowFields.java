package org.boardpack.cli;

import java.nio.file.Path;
import org.boardpack.app.query.RecordContext;
import org.boardpack.model.actions.Action;
import org.boardpack.model.BoardpackCodec;

/** A row's fields as a person reads them in a table: text or null, and where to open the source. */
final class RowFields {

    private RowFields() {
    }

    /** A value of the record format's vocabularies as the format writes it ({@code in_attendance}); null for null. */
    static String text(Enum<?> value) {
        return value == null ? null : BoardpackCodec.name(value);
    }

    /**
     * {@code file:page} with the file's name alone: in a table of many rows the directories of an
     * index's packs repeat on every line and would leave the text no room; {@code --json} has the path.
     */
    static String location(RecordContext c) {
        if (c.path() == null) {
            return null;
        }
        return Path.of(c.path()).getFileName() + (c.page() == null ? "" : ":" + c.page());
    }

    /** What an action asks: its description, else (a minutes' action column gives none) its agenda item. */
    static String actionText(Action a) {
        return a.description() != null ? a.description() : a.item();
    }
}
