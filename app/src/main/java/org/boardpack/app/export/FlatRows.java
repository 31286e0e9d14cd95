package org.boardpack.app.export;

import java.util.Iterator;
import java.util.Set;
import java.util.function.BiFunction;
import org.boardpack.app.query.RecordContext;
import org.boardpack.app.query.RecordKind;
import org.boardpack.app.query.RecordRow;
import org.boardpack.app.query.RecordRows;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.model.BoardpackCodec;

/**
 * Rows of one record type as stored in the index: the record read back typed through the codec,
 * shaped into its row type with its context. The context comes from the index, not from the record,
 * because the index knows what the record may not say itself: a table's meeting (from the paper it
 * is in), the body and date of the meeting, the file.
 *
 * @param <T> the {@code boardpack/1} record type
 * @param <R> the row type
 */
public final class FlatRows<T, R extends Record> implements RowSource<R> {

    private final String name;
    private final RecordKind<T> kind;
    private final Class<R> rowType;
    private final BiFunction<RecordContext, T, R> shape;

    /**
     * @param kind  the record type as the index names it and as it reads back
     * @param shape the row of one record and its context
     */
    public FlatRows(String name, RecordKind<T> kind, Class<R> rowType, BiFunction<RecordContext, T, R> shape) {
        this.name = name;
        this.kind = kind;
        this.rowType = rowType;
        this.shape = shape;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<R> rowType() {
        return rowType;
    }

    @Override
    public Iterator<R> each(PackSearcher searcher, RecordSelection selection) throws IndexException, InvalidQueryException {
        SearchFilters f = selection.filters();
        RecordSelection ofType = new RecordSelection(selection.query(),
                new SearchFilters(Set.of(kind.indexType()), f.body(), f.dates()), selection.meeting(), selection.order(),
                selection.limit());
        Iterator<IndexedRecord> records = searcher.eachRecord(ofType);
        RecordRows typed = new RecordRows(searcher, new BoardpackCodec());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public R next() {
                return row(typed.row(kind, records.next()));
            }
        };
    }

    /** The row of a record read back typed. */
    public R row(RecordRow<? extends T> r) {
        return shape.apply(r.context(), r.record());
    }
}
