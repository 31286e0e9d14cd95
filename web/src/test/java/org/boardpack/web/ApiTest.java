package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every endpoint of the JSON API answers with the shape its command's {@code --json} prints, and filters as it does. */
class ApiTest extends ServerTestBase {

    @Test
    void searchAnswersTheQueryWithHitsFacetsAndPages() {
        HttpResponse<String> r = http.get("/api/search?q=" + enc("*:*") + "&size=3");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        JsonNode first = Http.json(r);
        assertEquals("*:*", first.get("query").asText());
        assertEquals(3, first.get("hits").size());
        assertTrue(first.get("total").asInt() > 6, first.get("total").toString());
        for (String dim : new String[] {"body", "year", "type"}) {
            assertTrue(first.get("facets").has(dim), dim);
        }
        JsonNode second = Http.json(http.get("/api/search?q=" + enc("*:*") + "&size=3&page=2"));
        assertEquals(3, second.get("hits").size());
        assertEquals(2, second.get("page").asInt());
        Set<String> firstKeys = keys(first);
        keys(second).forEach(k -> assertFalse(firstKeys.contains(k), "page 2 repeats " + k));
    }

    @Test
    void searchFiltersNarrowTheHits() {
        JsonNode meeting = firstOf("meeting");
        String body = meeting.get("body").asText();
        JsonNode all = Http.json(http.get("/api/search?q=" + enc("*:*")));
        JsonNode narrowed = Http.json(http.get("/api/search?q=" + enc("*:*") + "&type=decision,action&body=" + enc(body)));
        assertTrue(narrowed.get("total").asInt() < all.get("total").asInt());
        narrowed.get("hits").forEach(h -> {
            assertTrue(Set.of("decision", "action").contains(h.get("type").asText()), h.toString());
            assertEquals(body, h.get("body").asText());
        });
        String year = meeting.get("date").asText().substring(0, 4);
        JsonNode dated = Http.json(http.get("/api/search?q=" + enc("*:*") + "&from=" + year + "&to=" + year));
        dated.get("hits").forEach(h -> assertTrue(h.get("date").asText().startsWith(year), h.toString()));
    }

    @Test
    void meetingAnswersWithItsRecords() {
        String id = firstOf("meeting").get("meeting").asText();
        JsonNode m = Http.json(http.get("/api/meeting?id=" + enc(id)));
        assertEquals(id, m.get("meeting").get("id").asText());
        for (String list : new String[] {"agenda_items", "attendance", "decisions", "actions"}) {
            assertTrue(m.get(list).isArray(), list);
            m.get(list).forEach(row -> assertEquals(id, row.get("meeting").asText()));
        }
        assertFalse(m.get("meeting").get("sources").isEmpty());
    }

    @Test
    void peopleAnswersWithAttendanceAndActions() {
        String name = firstOf("attendance").get("record").get("name").asText();
        JsonNode p = Http.json(http.get("/api/people?name=" + enc(name)));
        assertEquals(name, p.get("query").asText());
        assertFalse(p.get("people").isEmpty());
        assertFalse(p.get("people").get(0).get("attendance").isEmpty());
    }

    @Test
    void decisionsAreExportRowsFilteredByKind() {
        JsonNode all = Http.json(http.get("/api/decisions"));
        assertTrue(all.isArray() && !all.isEmpty());
        String kind = all.get(0).get("kind").asText();
        JsonNode ofKind = Http.json(http.get("/api/decisions?kind=" + kind));
        assertFalse(ofKind.isEmpty());
        ofKind.forEach(d -> assertEquals(kind, d.get("kind").asText()));
        assertTrue(ofKind.size() <= all.size());
    }

    @Test
    void actionsAreTheRegisterFilteredByStatusAndOverdue() {
        JsonNode all = Http.json(http.get("/api/actions"));
        assertTrue(all.isArray() && !all.isEmpty());
        all.forEach(a -> assertTrue(a.has("history") && a.has("id"), a.toString()));
        JsonNode open = Http.json(http.get("/api/actions?status=open"));
        open.forEach(a -> assertEquals("open", a.get("status").asText()));
        JsonNode overdue = Http.json(http.get("/api/actions?overdue=1&as_of=2100-01-01"));
        overdue.forEach(a -> assertTrue(a.get("overdue").asBoolean()));
        JsonNode none = Http.json(http.get("/api/actions?overdue=true&as_of=1900-01-01"));
        assertEquals(0, none.size());
        assertNotEquals(0, all.size());
    }

    private static Set<String> keys(JsonNode answer) {
        Set<String> keys = new HashSet<>();
        answer.get("hits").forEach(h -> keys.add(h.get("type").asText() + " " + h.get("path").asText() + " "
                + h.get("page") + " " + h.get("record")));
        return keys;
    }
}
