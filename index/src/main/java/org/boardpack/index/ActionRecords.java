package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.PackRecord;
import org.boardpack.extract.meetings.Meeting;
import org.boardpack.extract.register.ActionSnapshot;
import org.boardpack.extract.register.PackSnapshots;

/**
 * The action records of the whole-pack records, as snapshots of the papers that printed them. They
 * are read from the pack records rather than the action documents because only a pack's papers
 * say which meeting's log (or minutes) showed a row; the action's own meeting is the one that raised it.
 */
final class ActionRecords {

    private final ObjectMapper json;

    ActionRecords(ObjectMapper json) {
        this.json = json;
    }

    /** @param body a body's name or slug in any case, or null for every body */
    List<ActionSnapshot> of(List<String> packJson, String body) throws JsonProcessingException {
        Set<String> wanted = body == null ? null : BodyKeys.ofQuery(body);
        List<ActionSnapshot> out = new ArrayList<>();
        for (String text : packJson) {
            for (ActionSnapshot s : PackSnapshots.of(json.readValue(text, PackRecord.class))) {
                String id = s.meeting() != null ? s.meeting() : s.action().meeting();
                Meeting m = new Meeting(id, s.body(), null, null, null);
                if (wanted == null || BodyKeys.of(m).stream().anyMatch(wanted::contains)) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
