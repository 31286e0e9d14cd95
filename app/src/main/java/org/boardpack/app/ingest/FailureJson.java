package org.boardpack.app.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.boardpack.index.FailureRecord;

/** One JSON shape for a failure, shared by {@code failures --json} and the run report. */
public final class FailureJson {

    private FailureJson() {
    }

    public static ArrayNode array(ObjectMapper json, List<FailureRecord> failures) {
        ArrayNode array = json.createArrayNode();
        failures.forEach(f -> array.add(node(json, f)));
        return array;
    }

    public static ObjectNode node(ObjectMapper json, FailureRecord f) {
        ObjectNode n = json.createObjectNode();
        n.put("path", f.path());
        n.put("sha256", f.sha256());
        n.put("kind", f.kind());
        n.put("reason", f.reason());
        n.put("page", f.page());
        n.put("time", f.time().toString());
        return n;
    }
}
