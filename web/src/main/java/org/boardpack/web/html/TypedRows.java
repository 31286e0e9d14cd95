package org.boardpack.web.html;

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

    /** One for every page: the mapper behind it learns each record type once, not once a request. */
    private static final RowSources ROWS = new RowSources(BoardpackJson.newMapper());

    private TypedRows() {
    }

    static List<ObjectNode> of(List<? extends RecordRow<?>> records) {
        return records.stream().map(ROWS::row).toList();
    }
}
