package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.meetings.Meeting;
import org.junit.jupiter.api.Test;

/**
 * {@code boardpack show}: each meeting of the corpus with the details its answers give and every
 * record of the index that belongs to it; an unknown id is said so, with close ids.
 */
class ShowCommandTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    @Test
    void everyMeetingShowsItsDetailsAndTheRecordsThatBelongToIt() {
        int checked = 0;
        for (PackRecord pack : corpus.answers) {
            for (Meeting m : pack.meetings()) {
                JsonNode shown = corpus.json("show", m.id(), "--json");
                JsonNode meeting = shown.get("meeting");
                assertEquals(m.id(), meeting.get("id").asText());
                assertEquals(m.body(), meeting.get("body").asText(), m.id());
                assertEquals(m.date(), meeting.get("date").asText(), m.id());
                if (m.time() != null) {
                    assertEquals(m.time(), meeting.get("time").asText(), m.id());
                }
                assertFalse(meeting.get("sources").isEmpty(), m.id());
                for (String list : List.of("decisions", "attendance", "actions", "agenda_items")) {
                    assertEquals(belonging(list, m.id()), shown.get(list).size(), m.id() + " " + list);
                    shown.get(list).forEach(r -> assertEquals(m.id(), r.get("meeting").asText()));
                }
                checked++;
            }
        }
        assertTrue(checked >= 20, "meetings: " + checked);
    }

    /** How many records of the index's packs name this meeting. */
    private long belonging(String list, String id) {
        return corpus.records(list).stream().filter(r -> id.equals(r.get("meeting").asText())).count();
    }

    @Test
    void thePageListsAttendanceByStatusAndTheDecisions() {
        PackRecord pack = corpus.answers.stream().filter(p -> p.decisions() != null && !p.decisions().isEmpty())
                .findFirst().orElseThrow();
        String id = pack.decisions().getFirst().meeting();
        String out = corpus.run("show", id).out();
        assertTrue(out.startsWith(id + "\n"), out);
        Set<String> statuses = new HashSet<>();
        for (Attendance a : pack.attendance()) {
            if (a.meeting().equals(id)) {
                statuses.add(a.status().name());
                assertTrue(out.contains(a.name()), a.name() + " in " + out);
            }
        }
        if (statuses.contains("PRESENT")) {
            assertTrue(out.contains("\nPresent ("), out);
        }
        if (statuses.contains("APOLOGIES")) {
            assertTrue(out.contains("\nApologies ("), out);
        }
        assertTrue(out.contains("Decisions (" + belonging("decisions", id) + ")"), out);
        pack.decisions().stream().filter(d -> d.meeting().equals(id))
                .forEach(d -> assertTrue(out.contains(d.text().substring(0, Math.min(30, d.text().length()))), d.text()));
    }

    @Test
    void anUnknownIdExitsOneNamingCloseIds() {
        Meeting m = corpus.answers.getFirst().meetings().getFirst();
        String slug = m.id().substring(0, m.id().indexOf('/'));
        CliRun run = CliRun.of(corpus.withIndex("show", slug + "/1999-01-01"));
        assertEquals(ExitCodes.NOT_FOUND, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("boardpack: no meeting '" + slug + "/1999-01-01' in the index"), run.err());
        assertTrue(run.err().contains(m.id()), "same body suggested: " + run.err());

        CliRun sameDay = CliRun.of(corpus.withIndex("show", "no-such-board/" + m.date()));
        assertEquals(ExitCodes.NOT_FOUND, sameDay.exitCode());
        assertTrue(sameDay.err().contains(m.id()), "same date suggested: " + sameDay.err());
    }
}
