package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.index.register.PackSnapshots;
import org.boardpack.index.bodies.BodyDirectory;
import org.boardpack.index.bodies.MeetingIdRewrite;

/**
 * The action records of the whole-pack records, as snapshots of the papers that printed them. They
 * are read from the pack records rather than the action documents because only a pack's papers
 * say which meeting's log (or minutes) showed a row; the action's own meeting is the one that raised it.
 */
final class ActionRecords {

    private final ObjectMapper json;
    private final BodyDirectory bodies;

    /** @param bodies the index's resolved bodies: rows are of the body a paper's name resolves to */
    ActionRecords(ObjectMapper json, BodyDirectory bodies) {
        this.json = json;
        this.bodies = bodies;
    }

    /** @param body a body's name or slug in any case, or null for every body */
    List<ActionSnapshot> of(List<String> packJson, String body) throws JsonProcessingException {
        Set<String> wanted = body == null ? null : wanted(body);
        List<ActionSnapshot> out = new ArrayList<>();
        MeetingIdRewrite resolved = new MeetingIdRewrite(bodies);
        for (String text : packJson) {
            ObjectNode tree = (ObjectNode) json.readTree(text);
            String path = tree.path("source").path("path").asText(null);
            if (path != null) {
                // one board printed under its formal and its short name is one body's rows
                resolved.apply(tree, Path.of(path), true);
            }
            for (ActionSnapshot s : PackSnapshots.of(json.treeToValue(tree, PackRecord.class))) {
                String id = s.meeting() != null ? s.meeting() : s.action().meeting();
                Meeting m = new Meeting(id, s.body(), null, null, null);
                if (wanted == null || BodyKeys.of(m).stream().anyMatch(wanted::contains)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The keys of the body {@code body} names: the resolved body's name and id, else the name as given. */
    private Set<String> wanted(String body) {
        Set<String> keys = new LinkedHashSet<>(BodyKeys.ofQuery(body));
        bodies.named(body).ifPresent(b -> {
            keys.addAll(BodyKeys.ofQuery(b.name()));
            keys.add(b.id());
        });
        return keys;
    }
}
