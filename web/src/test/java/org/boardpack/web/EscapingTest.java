package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A paper that prints {@code <script>} shows it as text on every page it reaches, and a query or
 * parameter holding markup is echoed escaped; the pages forbid inline scripts besides.
 */
class EscapingTest extends ServerTestBase {

    private static final String ESCAPED = "&lt;script&gt;alert(&#39;boardpack&#39;)&lt;/script&gt;";

    @Test
    void recordTextWithMarkupIsShownAsText() {
        HttpResponse<String> search = http.get("/?q=alert");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("&lt;script&gt;"), search.body());
        assertNoScriptFromTheIndex(search.body());
        JsonNode hits = Http.json(http.get("/api/search?q=alert")).get("hits");
        assertFalse(hits.isEmpty(), "the drawn paper is indexed");
        for (JsonNode h : hits) {
            if (h.get("meeting").isTextual()) {
                String page = http.get("/meeting?id=" + enc(h.get("meeting").asText())).body();
                assertTrue(page.contains(ESCAPED) || !page.contains("alert"), page);
                assertNoScriptFromTheIndex(page);
            }
        }
        String decisions = http.get("/decisions?q=alert").body();
        assertNoScriptFromTheIndex(decisions);
    }

    @Test
    void parametersAreEchoedEscaped() {
        String markup = "\"><script>alert(1)</script>";
        for (String url : new String[] {"/?q=" + enc(markup), "/person?name=" + enc(markup + " Smith"),
            "/decisions?q=" + enc("x" + markup), "/actions?owner=" + enc(markup), "/meeting?id=" + enc(markup),
            "/?q=a&type=" + enc(markup), "/nowhere" + enc(markup)}) {
            String body = http.get(url).body();
            assertFalse(body.contains("<script>alert(1)"), url + "\n" + body);
        }
    }

    @Test
    void pagesForbidInlineScriptAndFraming() {
        HttpResponse<String> r = http.get("/");
        String policy = r.headers().firstValue("content-security-policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElseThrow());
    }

    private static void assertNoScriptFromTheIndex(String html) {
        assertFalse(html.contains(TestIndex.SCRIPT), html);
        assertFalse(html.contains("<script>alert"), html);
    }
}
