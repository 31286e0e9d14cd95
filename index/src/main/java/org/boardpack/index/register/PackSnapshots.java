package org.boardpack.index.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;

/**
 * The action rows of one pack as snapshots. An action's own meeting is the one that raised it; the
 * meeting whose papers show the row is the meeting of the paper holding its page (an action log
 * belongs to the meeting the pack is for, minutes to the meeting they record), else the raising
 * meeting. Its date comes from the meeting id ({@code body-slug/yyyy-mm-dd}) and its body's name
 * from the pack's meetings of the same slug.
 */
public final class PackSnapshots {

    private PackSnapshots() {
    }

    public static List<ActionSnapshot> of(PackRecord pack) {
        List<ActionSnapshot> out = new ArrayList<>();
        if (pack.actions() == null) {
            return out;
        }
        Map<String, String> bodyBySlug = new HashMap<>();
        if (pack.meetings() != null) {
            for (Meeting m : pack.meetings()) {
                if (m.id() != null && m.body() != null) {
                    bodyBySlug.putIfAbsent(slug(m.id()), m.body());
                }
            }
        }
        String path = pack.source() == null ? null : pack.source().path();
        for (Action a : pack.actions()) {
            String meeting = paperMeeting(pack, a);
            out.add(new ActionSnapshot(a, meeting, meeting == null ? null : bodyBySlug.get(slug(meeting)),
                    dateOf(meeting), path));
        }
        return out;
    }

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

    private static String slug(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    private static LocalDate dateOf(String id) {
        if (id == null || id.indexOf('/') < 0) {
            return null;
        }
        try {
            return LocalDate.parse(id.substring(id.indexOf('/') + 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
