package org.boardpack.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One server over the test index for a test class, on a free port, stopped after it. */
abstract class ServerTestBase {

    static WebServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = TestIndex.server();
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The first hit of a search over records of one type. */
    static JsonNode firstOf(String type) {
        JsonNode hits = Http.json(http.get("/api/search?q=" + enc("*:*") + "&type=" + type)).get("hits");
        if (hits.isEmpty()) {
            throw new AssertionError("the test index has no " + type + " record");
        }
        return hits.get(0);
    }
}
