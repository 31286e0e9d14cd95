package org.boardpack.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.boardpack.app.query.RecordContext;
import org.boardpack.app.query.RecordRow;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;

/**
 * Rows of one record type as stored in the index: the context columns, then the named fields of
 * the {@code boardpack/1} record. The context comes from the index, not from the record, because
 * the index knows what the record may not say itself: a table's meeting (from the paper it is in),
 * the body and date of the meeting, the file.
 */
public final class FlatRows implements RowSource {

    /** Columns every row starts with. */
    public static final List<String> CONTEXT = List.of("meeting", "body", "date", "path", "page");

    private final ObjectMapper json;
    private final String name;
    private final String recordType;
    private final List<String> recordFields;

    /**
     * @param recordType   the type as the index names it ({@code decision})
     * @param recordFields the record's fields to keep, in order, beside the context
     */
    public FlatRows(ObjectMapper json, String name, String recordType, List<String> recordFields) {
        this.json = json;
        this.name = name;
        this.recordType = recordType;
        this.recordFields = List.copyOf(recordFields);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> columns() {
        return Stream.concat(CONTEXT.stream(), recordFields.stream()).toList();
    }

    @Override
    public Iterator<ObjectNode> each(PackSearcher searcher, RecordSelection selection)
            throws IndexException, InvalidQueryException {
        SearchFilters f = selection.filters();
        RecordSelection ofType = new RecordSelection(selection.query(),
                new SearchFilters(Set.of(recordType), f.body(), f.dates()), selection.meeting(), selection.order(),
                selection.limit());
        Iterator<IndexedRecord> records = searcher.eachRecord(ofType);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public ObjectNode next() {
                return row(records.next());
            }
        };
    }

    /** The row of one record: its context from the index, then the named fields of its JSON. */
    public ObjectNode row(IndexedRecord r) {
        return row(RecordContext.of(r), parse(r));
    }

    /** The same row from a record already read back typed: the codec writes the fields it was read from. */
    public ObjectNode row(RecordRow<?> r) {
        return row(r.context(), json.valueToTree(r.record()));
    }

    private ObjectNode row(RecordContext c, JsonNode record) {
        ObjectNode row = json.createObjectNode();
        row.put("meeting", c.meeting());
        row.put("body", c.body());
        row.put("date", c.date());
        row.put("path", c.path());
        row.put("page", c.page());
        for (String field : recordFields) {
            JsonNode v = record.get(field);
            row.set(field, v == null ? json.nullNode() : v);
        }
        return row;
    }

    private JsonNode parse(IndexedRecord r) {
        try {
            return json.readTree(r.json());
        } catch (JsonProcessingException e) {
            // the index wrote this JSON itself: unreadable JSON is a corrupt index, not bad input
            throw new IllegalStateException("the stored " + r.type() + " record at " + r.location()
                    + " is not JSON; rebuild the index with 'boardpack ingest --force'", e);
        }
    }
}
