package org.boardpack.web.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.query.RecordRow;
import org.boardpack.model.BoardpackJson;

/**
 * Typed records as the export's flat rows, the shape the page's tables read their cells from, so
 * the page shows the same fields {@code export} and the JSON API write.
 */
final class TypedRows {

    /** One for every page: the mapper learns each row type once, not once a request. */
    private static final RowSources ROWS = new RowSources();
    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    private TypedRows() {
    }

    static List<ObjectNode> of(List<? extends RecordRow<?>> records) {
        return records.stream().map(r -> (ObjectNode) JSON.valueToTree(ROWS.row(r))).toList();
    }

    /** Export rows already made (a page of decisions) as the tables read them. */
    static List<ObjectNode> ofRows(List<? extends Record> rows) {
        return rows.stream().map(r -> (ObjectNode) JSON.valueToTree(r)).toList();
    }
}
