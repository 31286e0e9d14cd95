package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;

/**
 * The action rows as each pack printed them, with their context: {@code export actions --snapshots},
 * {@code people} (a person's actions meeting by meeting) and {@code show}. The register linked
 * across meetings is {@link LinkedActionRows}.
 */
public final class ActionRows implements RowSource {

    private final FlatRows snapshot;

    public ActionRows(ObjectMapper json) {
        this.snapshot = new FlatRows(json, "actions", "action", List.of("source", "ref", "item", "description",
                "owner", "owner_name", "raised", "due", "due_text", "status", "status_text", "updates"));
    }

    @Override
    public String name() {
        return snapshot.name();
    }

    @Override
    public List<String> columns() {
        return snapshot.columns();
    }

    @Override
    public Iterator<ObjectNode> each(PackSearcher searcher, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        return snapshot.each(searcher, selection);
    }

    /** The row of one action record. */
    public ObjectNode row(IndexedRecord record) {
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
