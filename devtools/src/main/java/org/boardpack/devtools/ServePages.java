package org.boardpack.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.SearchOrder;
import org.boardpack.index.SearchRequest;

/**
 * The pages the serve benchmark requests, by kind: the search page for each of bench-search's
 * researcher queries, and meetings, people and register views picked from the index itself
 * through the API (so any index can be served and timed).
 */
final class ServePages {

    private static final int PICKS = 10;

    private ServePages() {
    }

    static Map<String, List<String>> of(PageClient client, List<SearchRequest> queries) throws Exception {
        ObjectMapper json = BoardpackJson.newMapper();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("search", queries.stream().map(ServePages::searchUrl).toList());
        Set<String> meetings = new LinkedHashSet<>();
        for (JsonNode h : hits(client, json, "meeting")) {
            meetings.add("/meeting?id=" + enc(h.get("meeting").asText()));
        }
        pages.put("meeting", List.copyOf(meetings));
        Set<String> people = new LinkedHashSet<>();
        for (JsonNode h : hits(client, json, "attendance")) {
            people.add("/person?name=" + enc(h.get("record").get("name").asText()));
        }
        pages.put("person", List.copyOf(people));
        List<String> register = new ArrayList<>(List.of("/actions", "/actions?status=open", "/actions?overdue=1"));
        for (JsonNode h : hits(client, json, "action")) {
            JsonNode owner = h.get("record").get("owner");
            if (owner != null && owner.isTextual()) {
                register.add("/actions?owner=" + enc(owner.asText()));
                register.add("/actions?body=" + enc(h.get("body").asText()));
                break;
            }
        }
        pages.put("register", register);
        return pages;
    }

    private static List<JsonNode> hits(PageClient client, ObjectMapper json, String type) throws Exception {
        PageClient.Timing t = client.time("/api/search?q=" + enc("*:*") + "&type=" + type + "&size=" + PICKS);
        List<JsonNode> hits = new ArrayList<>();
        json.readTree(t.body()).get("hits").forEach(hits::add);
        if (hits.isEmpty()) {
            throw new IllegalStateException("the index has no " + type + " record to time a page of");
        }
        return hits;
    }

    private static String searchUrl(SearchRequest q) {
        StringBuilder url = new StringBuilder("/?q=").append(enc(q.query()));
        q.filters().types().stream().sorted().forEach(t -> url.append("&type=").append(t));
        if (q.filters().body() != null) {
            url.append("&body=").append(enc(q.filters().body()));
        }
        if (q.filters().dates().from() != null) {
            url.append("&from=").append(q.filters().dates().from());
        }
        if (q.filters().dates().to() != null) {
            url.append("&to=").append(q.filters().dates().to());
        }
        if (q.order() == SearchOrder.DATE) {
            url.append("&sort=date");
        }
        return url.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
