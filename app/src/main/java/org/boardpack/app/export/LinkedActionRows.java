package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.app.register.ActionRegister;

/**
 * {@code export actions}: the action register, one row per action linked across a body's packs
 * (its history, updates and status changes in nested lists), in the shape of
 * {@code docs/schema/linked-action.schema.json}. A date filter keeps an action when any of its
 * snapshots is of a meeting in the range; {@code --snapshots} exports the raw rows instead.
 *
 * <p>Rows are made body by body: an action links the rows of one body's packs, never two bodies',
 * so only one body's snapshots and linked actions are held at a time, and each is written before
 * the next body's packs are read. The order is the register's (bodies by key, then each body's
 * actions as the linker orders them), the same as linking the whole index at once.
 */
public final class LinkedActionRows implements RowSource {

    private static final List<String> COLUMNS = List.of("id", "body", "body_key", "ref", "item", "description",
            "owner", "owner_name", "raised", "raised_by", "due", "status", "status_text", "closed", "overdue",
            "updates", "status_changes", "history");

    private final ObjectMapper json;
    private final ActionRows snapshots;
    private final LocalDate asOf;

    /** @param asOf the day an open action past its due date counts as overdue */
    public LinkedActionRows(ObjectMapper json, LocalDate asOf) {
        this.json = json;
        this.snapshots = new ActionRows(json);
        this.asOf = asOf;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Iterator<ObjectNode> each(PackSearcher searcher, RecordSelection selection) throws IndexException {
        DateRange dates = selection.filters().dates();
        Iterator<List<LinkedAction>> bodies = ActionRegister.asOf(asOf).linkedByBody(searcher, selection.filters().body());
        return new Iterator<>() {
            private Iterator<ObjectNode> body = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!body.hasNext() && bodies.hasNext()) {
                    body = bodies.next().stream()
                            .filter(a -> dates.isOpen() || a.history().stream()
                                    .anyMatch(h -> h.date() != null && dates.contains(LocalDate.parse(h.date()))))
                            .map(LinkedActionRows.this::row)
                            .iterator();
                }
                return body.hasNext();
            }

            @Override
            public ObjectNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return body.next();
            }
        };
    }

    /** One linked action as an export row, its fields in the order of {@link #columns()}. */
    public ObjectNode row(LinkedAction action) {
        ObjectNode node = json.valueToTree(action);
        ObjectNode ordered = json.createObjectNode();
        COLUMNS.forEach(c -> ordered.set(c, node.get(c)));
        return ordered;
    }

    /** Updates as in the snapshot rows; history and status changes as compact JSON in one cell. */
    @Override
    public String csvCell(String column, JsonNode value) {
        return snapshots.csvCell(column, value);
    }
}
