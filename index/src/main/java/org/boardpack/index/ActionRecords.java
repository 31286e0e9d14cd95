package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.boardpack.extract.PackRecord;
import org.boardpack.extract.actions.Action;
import org.boardpack.extract.documents.DocumentSpan;
import org.boardpack.extract.meetings.Meeting;

/**
 * The action records of whole-pack records, each with the meeting of the paper it was printed in:
 * an action's own meeting is the one that raised it, and only the pack's papers say which meeting's
 * log (or minutes) showed it, so they are read from the pack record rather than the action documents.
 */
final class ActionRecords {

    private final ObjectMapper json;

    ActionRecords(ObjectMapper json) {
        this.json = json;
    }

    /** @param body a body's name or slug in any case, or null for every body */
    List<IndexedAction> of(List<String> packJson, String body) throws JsonProcessingException {
        Set<String> wanted = body == null ? null : BodyKeys.ofQuery(body);
        List<IndexedAction> out = new ArrayList<>();
        for (String text : packJson) {
            PackRecord pack = json.readValue(text, PackRecord.class);
            if (pack.actions() == null) {
                continue;
            }
            PackMeetings meetings = new PackMeetings(pack);
            for (Action a : pack.actions()) {
                Meeting paper = meetings.of(paperMeeting(pack, a));
                Meeting raising = meetings.of(a.meeting());
                Meeting any = paper != null ? paper : raising;
                if (wanted != null && (any == null || BodyKeys.of(any).stream().noneMatch(wanted::contains))) {
                    continue;
                }
                out.add(new IndexedAction(a, pack.source().path(), paper));
            }
        }
        return out;
    }

    /** The meeting of the paper holding the action's page; the raising meeting when no paper says. */
    private static String paperMeeting(PackRecord pack, Action a) {
        if (pack.documents() != null) {
            for (DocumentSpan span : pack.documents()) {
                if (span.contains(a.page()) && span.meeting() != null) {
                    return span.meeting();
                }
            }
        }
        return a.meeting();
    }
}
