package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.StringJoiner;
import org.boardpack.app.query.RecordKind;
import org.boardpack.app.query.RecordRow;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.model.actions.Action;

/**
 * The action rows as each pack printed them, with their context: {@code export actions --snapshots},
 * {@code people} (a person's actions meeting by meeting) and {@code show}. The register linked
 * across meetings is {@link LinkedActionRows}.
 */
public final class ActionRows implements RowSource<ActionRow> {

    private final FlatRows<Action, ActionRow> snapshot =
            new FlatRows<>("actions", RecordKind.ACTION, ActionRow.class, ActionRow::of);

    @Override
    public String name() {
        return snapshot.name();
    }

    @Override
    public Class<ActionRow> rowType() {
        return ActionRow.class;
    }

    @Override
    public Iterator<ActionRow> each(PackSearcher searcher, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        return snapshot.each(searcher, selection);
    }

    /** The row of one action read back typed. */
    public ActionRow row(RecordRow<Action> record) {
        return snapshot.row(record);
    }

    /** Updates as a spreadsheet reader reads them: {@code 2020-11-11: letter sent; 2020-12-09: closed}. */
    @Override
    public String csvCell(String column, JsonNode value) {
        if (!column.equals("updates") || value == null || !value.isArray()) {
            return RowSource.super.csvCell(column, value);
        }
        StringJoiner cell = new StringJoiner("; ");
        for (JsonNode u : value) {
            String date = u.path("date").isTextual() ? u.get("date").asText() : null;
            String text = u.path("text").asText("");
            cell.add(date == null ? text : date + ": " + text);
        }
        return cell.toString();
    }
}
