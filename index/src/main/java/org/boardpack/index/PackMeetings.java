package org.boardpack.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.boardpack.model.PackRecord;
import org.boardpack.model.meetings.Meeting;

/**
 * The meeting a record belongs to, by id. An action log lists actions raised at earlier meetings
 * whose papers are not in the pack: their id ({@code body-slug/yyyy-mm-dd}) still gives the date,
 * and the body is the one of the pack's meetings with the same slug, so such actions are dated and
 * filtered by body like any other record.
 */
final class PackMeetings {

    private final Map<String, Meeting> byId = new HashMap<>();
    private final Map<String, String> bodyBySlug = new HashMap<>();

    PackMeetings(PackRecord pack) {
        if (pack.meetings() != null) {
            for (Meeting m : pack.meetings()) {
                byId.put(m.id(), m);
                if (m.body() != null) {
                    bodyBySlug.putIfAbsent(slugOf(m.id()), m.body());
                }
            }
        }
    }

    /** The meeting with this id, or one known only by its id; null when the id is null or not of that form. */
    Meeting of(String id) {
        if (id == null) {
            return null;
        }
        Meeting known = byId.get(id);
        if (known != null) {
            return known;
        }
        int slash = id.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String date = id.substring(slash + 1);
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
        String body = bodyBySlug.get(id.substring(0, slash));
        return body == null ? null : new Meeting(id, body, date, null, null);
    }

    private static String slugOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }
}
