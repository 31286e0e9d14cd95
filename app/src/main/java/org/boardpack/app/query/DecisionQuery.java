package org.boardpack.app.query;

import org.boardpack.model.BoardpackCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.boardpack.app.export.DecisionRow;
import org.boardpack.app.export.RowSources;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.SearchFilters;
import org.boardpack.model.decisions.Decision;
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
    /** Shared by every question asked of one query object (a server asks many): a mapper learns each type once. */
    private final BoardpackCodec codec = new BoardpackCodec();

    public DecisionQuery(RowSources rows) {
        this.rows = rows;
    }

    /** @param kind one of {@link #KINDS}, or null for any */
    public List<DecisionRow> rows(PackSearcher searcher, RecordSelection selection, String kind)
            throws IndexException, InvalidQueryException {
        requireKind(kind);
        return new RecordRows(searcher, codec).list(RecordKind.DECISION, selection).stream()
                .filter(r -> ofKind(r, kind))
                .map(rows.decisions()::row)
                .toList();
    }

    /** Some of {@link #rows}' rows, and how many there are in all. */
    public record Page(int total, List<DecisionRow> rows) {
    }

    /**
     * The rows {@link #rows} gives from {@code offset}, at most {@code size}, with the count of
     * them all: without a kind, only those rows are read and Lucene counts the rest; a kind is in
     * the stored record only, so then each match is read, but only the page's become rows.
     */
    public Page page(PackSearcher searcher, RecordSelection selection, String kind, int offset, int size)
            throws IndexException, InvalidQueryException {
        requireKind(kind);
        RecordSelection decisions = new RecordSelection(selection.query(), new SearchFilters(Set.of(RecordKind.DECISION.indexType()),
                selection.filters().body(), selection.filters().dates()), selection.meeting(), selection.order(), 0);
        RecordRows typed = new RecordRows(searcher, codec);
        List<DecisionRow> page = new ArrayList<>();
        if (kind == null) {
            RecordSelection upToPage = new RecordSelection(decisions.query(), decisions.filters(), decisions.meeting(),
                    decisions.order(), offset + size);
            List<IndexedRecord> read = searcher.records(upToPage);
            for (IndexedRecord r : read.subList(Math.min(offset, read.size()), read.size())) {
                page.add(rows.decisions().row(typed.row(RecordKind.DECISION, r)));
            }
            return new Page(searcher.count(decisions), page);
        }
        int total = 0;
        Iterator<IndexedRecord> all = searcher.eachRecord(decisions);
        while (all.hasNext()) {
            RecordRow<Decision> r = typed.row(RecordKind.DECISION, all.next());
            if (ofKind(r, kind)) {
                if (total >= offset && page.size() < size) {
                    page.add(rows.decisions().row(r));
                }
                total++;
            }
        }
        return new Page(total, page);
    }

    private static void requireKind(String kind) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("'" + kind + "' is not a decision kind; use one of " + String.join(", ", KINDS));
        }
    }

    private static boolean ofKind(RecordRow<Decision> r, String kind) {
        return kind == null || r.record().kind() != null && kind.equals(r.record().kind().name().toLowerCase(Locale.ROOT));
    }
}
