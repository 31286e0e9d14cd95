package org.boardpack.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.UncheckedIndexException;
import org.boardpack.index.bodies.MeetingIds;
import org.boardpack.model.BoardpackCodec;

/**
 * Reads the index's records back as typed rows, through the one {@code boardpack/1} codec, each
 * with its meeting under the resolved body's id ({@link MeetingIds}): the id a user sees.
 */
public final class RecordRows {

    private final PackSearcher searcher;
    private final BoardpackCodec codec;
    private MeetingIds ids;

    public RecordRows(PackSearcher searcher, BoardpackCodec codec) {
        this.searcher = searcher;
        this.codec = codec;
    }

    /** The records of one kind the selection picks (its types replaced by the kind's), in its order. */
    public <T> List<RecordRow<T>> list(RecordKind<T> kind, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        SearchFilters f = selection.filters();
        RecordSelection ofKind = new RecordSelection(selection.query(),
                new SearchFilters(Set.of(kind.indexType()), f.body(), f.dates()), selection.meeting(), selection.order(),
                selection.limit());
        ids();
        List<RecordRow<T>> rows = new ArrayList<>();
        for (IndexedRecord r : searcher.records(ofKind)) {
            rows.add(row(kind, r));
        }
        return rows;
    }

    /** One stored record as a typed row. */
    public <T> RecordRow<T> row(RecordKind<T> kind, IndexedRecord r) {
        try {
            return new RecordRow<>(context(r), codec.record(r.json(), kind.type()));
        } catch (JsonProcessingException e) {
            // the index wrote this JSON itself: unreadable JSON is a corrupt index, not bad input
            throw new IllegalStateException("the stored " + r.type() + " record at " + r.location()
                    + " is not boardpack/1 JSON; rebuild the index with 'boardpack ingest --force'", e);
        }
    }

    /** Where a stored record sits, its meeting under the resolved body's id; reading the bodies may fail unchecked. */
    public RecordContext context(IndexedRecord r) {
        RecordContext stored = RecordContext.of(r);
        try {
            return stored.withMeeting(ids().resolved(r.meeting(), r.body(), r.path()));
        } catch (IndexException e) {
            throw new UncheckedIndexException(e);
        }
    }

    /** The index's resolved meeting ids, read once: the bodies are resolved over the whole index. */
    public synchronized MeetingIds ids() throws IndexException {
        if (ids == null) {
            ids = new MeetingIds(searcher.bodies());
        }
        return ids;
    }
}
