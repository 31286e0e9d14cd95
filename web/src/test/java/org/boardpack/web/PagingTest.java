package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/decisions} and {@code /api/actions} answer every row without {@code page} or
 * {@code size} (the commands' {@code --json}), and one page with the totals and the addresses of
 * the pages beside it with either; the pages taken in turn are every row, in order. The HTML
 * tables link the previous and next pages.
 */
class PagingTest extends ServerTestBase {

    @Test
    void decisionsPageThroughEveryRow() {
        pagesAreEveryRow("/api/decisions", "decisions", "");
        pagesAreEveryRow("/api/decisions", "decisions", "sort=relevance&q=" + enc("*:*"));
    }

    @Test
    void actionsPageThroughEveryRow() {
        pagesAreEveryRow("/api/actions", "actions", "");
    }

    @Test
    void aKindIsCountedOverEveryRow() {
        JsonNode all = Http.json(http.get("/api/decisions"));
        String kind = all.get(0).get("kind").asText();
        long ofKind = 0;
        for (JsonNode d : all) {
            ofKind += kind.equals(d.get("kind").asText()) ? 1 : 0;
        }
        JsonNode page = Http.json(http.get("/api/decisions?kind=" + kind + "&size=1&page=2"));
        assertEquals(ofKind, page.get("total").asLong());
        page.get("decisions").forEach(d -> assertEquals(kind, d.get("kind").asText()));
    }

    @Test
    void aPagePastTheLastHasNoRowsButTheTotals() {
        JsonNode all = Http.json(http.get("/api/decisions"));
        JsonNode past = Http.json(http.get("/api/decisions?page=9999&size=50"));
        assertEquals(all.size(), past.get("total").asInt());
        assertEquals(0, past.get("decisions").size());
        assertTrue(past.get("next").isNull());
        assertFalse(past.get("previous").isNull(), "the way back is still given");
    }

    @Test
    void theTablesLinkTheirPreviousAndNextPages() {
        for (String table : List.of("/decisions", "/actions")) {
            String first = http.get(table + "?size=1").body();
            String next = link(first, "next");
            assertTrue(next.contains("page=2") && next.contains("size=1"), next);
            assertTrue(link(first, "prev") == null, "no previous page on the first");
            String second = http.get(next.replace("&amp;", "&")).body();
            assertTrue(second.contains("2–2 shown"), second);
            assertTrue(link(second, "prev").contains("page=1"), table);
        }
    }

    /** The rows of every page of {@code size}, taken from each answer's {@code next}, equal the unpaged answer. */
    private static void pagesAreEveryRow(String path, String name, String filters) {
        JsonNode all = Http.json(http.get(path + (filters.isEmpty() ? "" : "?" + filters)));
        assertTrue(all.isArray() && all.size() > 2, path + " has rows to page through: " + all.size());
        int size = 2;
        List<JsonNode> paged = new ArrayList<>();
        String next = path + "?" + (filters.isEmpty() ? "" : filters + "&") + "size=" + size;
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = http.get(next);
            assertEquals(200, r.statusCode(), next + " " + r.body());
            JsonNode page = Http.json(r);
            pages++;
            assertEquals(all.size(), page.get("total").asInt());
            assertEquals(pages, page.get("page").asInt());
            assertEquals(size, page.get("size").asInt());
            assertEquals((all.size() + size - 1) / size, page.get("pages").asInt());
            assertEquals(pages == 1, page.get("previous").isNull(), next);
            page.get(name).forEach(paged::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        List<JsonNode> every = new ArrayList<>();
        all.forEach(every::add);
        assertEquals(every, paged);
    }

    /** The href of the pager's link with this rel, or null. */
    private static String link(String html, String rel) {
        Matcher m = Pattern.compile("<a rel=\"" + rel + "\" href=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
