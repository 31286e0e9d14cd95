package org.boardpack.app.query;

import org.boardpack.model.BoardpackCodec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.export.DecisionRow;
import org.boardpack.app.export.RowSources;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;

/**
 * Decisions as export rows: those the selection picks, of one kind when asked. Every match is
 * read, so the kind filter and the count of the rest are exact.
 */
public final class DecisionQuery {

    /** The kinds as the record format writes them: agreed, resolved, … */
    public static final List<String> KINDS =
            Arrays.stream(DecisionKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();

    private final RowSources rows;

    public DecisionQuery(RowSources rows) {
        this.rows = rows;
    }

    /** @param kind one of {@link #KINDS}, or null for any */
    public List<DecisionRow> rows(PackSearcher searcher, RecordSelection selection, String kind)
            throws IndexException, InvalidQueryException {
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("'" + kind + "' is not a decision kind; use one of " + String.join(", ", KINDS));
        }
        return new RecordRows(searcher, new BoardpackCodec()).list(RecordKind.DECISION, selection).stream()
                .filter(r -> kind == null || r.record().kind() != null && kind.equals(r.record().kind().name().toLowerCase(Locale.ROOT)))
                .map(rows.decisions()::row)
                .toList();
    }
}
