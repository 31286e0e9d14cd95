package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every parameter is checked: a wrong one is a 400 whose message names it (JSON under /api/, a
 * page elsewhere), an unknown one too; a missing thing is a 404; anything but GET or HEAD is 405.
 */
class BadParametersTest extends ServerTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/search|q",
        "/api/search?q=a&type=bogus|type",
        "/api/search?q=a&from=2020-13-45|from",
        "/api/search?q=a&to=yesterday|to",
        "/api/search?q=a&from=2021&to=2020|after",
        "/api/search?q=a&sort=size|sort",
        "/api/search?q=a&page=0|page",
        "/api/search?q=a&page=51|page",
        "/api/search?q=a&size=many|size",
        "/api/search?q=a&size=1000|size",
        "/api/search?q=a&q=b|q",
        "/api/search?q=a&limit=5|unknown parameter 'limit'",
        "/api/search?q=%22unclosed|q",
        "/api/search?q=a&body=No+Such+Body|body",
        "/api/meeting|id",
        "/api/people|name",
        "/api/people?name=%3F%3F|name",
        "/api/decisions?kind=vetoed|kind",
        "/api/decisions?sort=random|sort",
        "/api/actions?status=pending|status",
        "/api/actions?overdue=maybe|overdue",
        "/api/actions?as_of=2024-02-30|as_of",
        "/api/decisions?page=0|page",
        "/api/decisions?page=two|page",
        "/api/decisions?size=0|size",
        "/api/decisions?size=501|size",
        "/api/actions?page=-1|page",
        "/api/actions?size=x|size",
        "/api/actions?page=10001|page",
        "/api/openapi.json?x=1|unknown parameter",
    })
    void aWrongParameterIsA400NamingIt(String url, String named) {
        HttpResponse<String> r = http.get(url);
        assertEquals(400, r.statusCode(), url + " " + r.body());
        String message = Http.json(r).get("error").get("message").asText();
        assertTrue(message.contains(named), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/?q=a&type=bogus", "/decisions?kind=x", "/actions?status=x", "/person?name=a&from=x", "/meeting",
        "/decisions?page=0", "/actions?size=1000", "/page.png?path=x", "/page.png?path=x&page=0",
        "/?q=a&unknown=1", "/?q=%01"})
    void pagesSayWhyInAPage(String url) {
        HttpResponse<String> r = http.get(url);
        assertEquals(400, r.statusCode(), url);
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(r.body().contains("role=\"alert\""), r.body());
    }

    @Test
    void aTooLongValueIsRefused() {
        assertEquals(400, http.get("/api/search?q=" + "a".repeat(Params.MAX_CHARS + 1)).statusCode());
    }

    @Test
    void unknownAddressesAndMeetingsAre404() {
        assertEquals(404, http.get("/nowhere").statusCode());
        assertEquals(404, http.get("/api/nowhere").statusCode());
        HttpResponse<String> m = http.get("/api/meeting?id=" + enc("no-such-board/2020-01-01"));
        assertEquals(404, m.statusCode());
        assertEquals(404, Http.json(m).get("error").get("status").asInt());
        assertEquals(404, http.get("/meeting?id=" + enc("no-such-board/2020-01-01")).statusCode());
    }

    @Test
    void nothingButGetAndHeadIsAllowed() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> r = http.send(method, "/api/search?q=a");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("allow").orElseThrow());
        }
        HttpResponse<String> head = http.send("HEAD", "/");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }
}
