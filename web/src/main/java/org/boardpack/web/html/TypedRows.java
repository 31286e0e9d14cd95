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

    private final RowSources rows = new RowSources();
    private final ObjectMapper json = BoardpackJson.newMapper();

    List<ObjectNode> of(List<? extends RecordRow<?>> records) {
        return records.stream().map(r -> (ObjectNode) json.valueToTree(rows.row(r))).toList();
    }
}
