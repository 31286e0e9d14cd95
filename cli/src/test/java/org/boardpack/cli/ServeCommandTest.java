package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.boardpack.web.ServeSettings;
import org.boardpack.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web API gives the same answers as the commands' {@code --json} (and the downloads the same
 * rows as {@code export}) over the bundled corpus; {@code serve}'s options are checked before it
 * listens.
 */
class ServeCommandTest {

    private static final CorpusIndex corpus = CorpusIndex.get();
    private static final HttpClient client = HttpClient.newHttpClient();
    private static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(new ServeSettings(corpus.dir, List.of(), ServeSettings.LOCALHOST, 0, Clock.systemDefaultZone()));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void searchAnswersAsSearchJson() throws Exception {
        for (String q : List.of("flu vaccination", "CCG", "budget AND approved")) {
            JsonNode cli = corpus.json("search", q, "--json", "--facets", "--limit", "10", "--type", "decision,agenda_item,page");
            ObjectNode api = (ObjectNode) json(get("/api/search?q=" + enc(q) + "&size=10&type=decision,agenda_item,page"));
            api.remove("page");
            api.remove("size");
            assertEquals(cli, api, q);
        }
    }

    @Test
    void meetingPeopleDecisionsAndActionsAnswerAsTheirCommands() throws Exception {
        String id = corpus.answers.getFirst().meetings().getFirst().id();
        assertEquals(corpus.json("show", id, "--json"), json(get("/api/meeting?id=" + enc(id))));
        String name = corpus.answers.getFirst().attendance().getFirst().name();
        assertEquals(corpus.json("people", name, "--json"), json(get("/api/people?name=" + enc(name))));
        assertEquals(corpus.json("decisions", "--json", "--limit", "0"), json(get("/api/decisions")));
        assertEquals(corpus.json("decisions", "minutes", "--kind", "agreed", "--json", "--limit", "0"),
                json(get("/api/decisions?q=minutes&kind=agreed")));
        assertEquals(corpus.json("actions", "--json", "--as-of", "2021-06-30"), json(get("/api/actions?as_of=2021-06-30")));
        assertEquals(corpus.json("actions", "--status", "open", "--overdue", "--as-of", "2021-06-30", "--json"),
                json(get("/api/actions?status=open&overdue=1&as_of=2021-06-30")));
    }

    @Test
    void downloadsAreTheRowsExportWrites() throws Exception {
        assertEquals(corpus.run("export", "decisions", "--format", "csv").out(), get("/download/decisions.csv").body());
        assertEquals(corpus.json("export", "attendance", "--body", "Riverside Hospice Board of Trustees"),
                json(get("/download/attendance.json?body=" + enc("Riverside Hospice Board of Trustees"))));
        assertEquals(corpus.json("export", "actions"), json(get("/download/actions.json")));
    }

    @Test
    void wrongOptionsAreUsageErrorsAndAMissingIndexCannotRun() {
        assertEquals(ExitCodes.USAGE, CliRun.of("serve", "--port", "70000").exitCode());
        CliRun missing = CliRun.of("serve", "--index", "/nonexistent/index", "--port", "0");
        assertEquals(ExitCodes.CANNOT_RUN, missing.exitCode());
        assertTrue(missing.err().contains("no index"), missing.err());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return CorpusIndex.JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
