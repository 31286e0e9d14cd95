package org.boardpack.app.query;

import org.boardpack.index.IndexedRecord;

/**
 * Where a record sits, as the index knows it: its meeting, the meeting's body and date, the file
 * and the page. The index knows what a record may not say itself (a table's meeting, the body and
 * date of the meeting), so this comes from the index, not from the record.
 */
public record RecordContext(String meeting, String body, String date, String path, Integer page) {

    public static RecordContext of(IndexedRecord r) {
        return new RecordContext(r.meeting(), r.body(), r.date(), r.path(), r.page());
    }
}
