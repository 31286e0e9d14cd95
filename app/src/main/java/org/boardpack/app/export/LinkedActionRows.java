package org.boardpack.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.boardpack.app.register.ActionRegister;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.DateRange;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;

/**
 * {@code export actions}: the action register, one row per action linked across a body's packs
 * (its history, updates and status changes in nested lists). The row type is the register's own
 * {@link LinkedAction}, in the shape of {@code docs/schema/linked-action.schema.json}. A date filter
 * keeps an action when any of its snapshots is of a meeting in the range; {@code --snapshots}
 * exports the raw rows instead ({@link ActionRows}).
 *
 * <p>Rows are made body by body: an action links the rows of one body's packs, never two bodies',
 * so only one body's snapshots and linked actions are held at a time, and each is written before
 * the next body's packs are read. The order is the register's (bodies by key, then each body's
 * actions as the linker orders them), the same as linking the whole index at once.
 */
public final class LinkedActionRows implements RowSource<LinkedAction> {

    private final ActionRows snapshots = new ActionRows();
    private final LocalDate asOf;

    /** @param asOf the day an open action past its due date counts as overdue */
    public LinkedActionRows(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public String name() {
        return "actions";
    }

    @Override
    public Class<LinkedAction> rowType() {
        return LinkedAction.class;
    }

    @Override
    public Iterator<LinkedAction> each(PackSearcher searcher, RecordSelection selection) throws IndexException {
        DateRange dates = selection.filters().dates();
        Iterator<List<LinkedAction>> bodies = ActionRegister.asOf(asOf).linkedByBody(searcher, selection.filters().body());
        return new Iterator<>() {
            private Iterator<LinkedAction> body = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!body.hasNext() && bodies.hasNext()) {
                    body = bodies.next().stream()
                            .filter(a -> dates.isOpen() || a.history().stream()
                                    .anyMatch(h -> h.date() != null && dates.contains(LocalDate.parse(h.date()))))
                            .iterator();
                }
                return body.hasNext();
            }

            @Override
            public LinkedAction next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return body.next();
            }
        };
    }

    /** Updates as in the snapshot rows; history and status changes as compact JSON in one cell. */
    @Override
    public String csvCell(String column, JsonNode value) {
        return snapshots.csvCell(column, value);
    }
}
