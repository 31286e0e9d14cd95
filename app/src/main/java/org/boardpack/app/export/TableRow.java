package org.boardpack.app.export;

import java.util.List;
import org.boardpack.app.query.RecordContext;
import org.boardpack.model.tables.Table;

/**
 * A table row ({@code export tables}): the context columns (a table's meeting is the paper's, as the
 * index knows it), then the table's last page, title, box, header rows and cells, then the meeting's
 * id as the pack printed it.
 */
public record TableRow(String meeting, String body, String date, String path, Integer page,
                       Integer lastPage, String title, List<Float> bbox, int headerRows, List<List<String>> rows,
                       String packMeeting) {

    public static TableRow of(RecordContext c, Table t) {
        return new TableRow(c.meeting(), c.body(), c.date(), c.path(), c.page(), t.lastPage(), t.title(), t.bbox(),
                t.headerRows(), t.rows(), c.packMeeting());
    }
}
