package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.app.export.RowSources;
import org.boardpack.model.BoardpackJson;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages answer with their content, every form control has a label, facet links narrow
 * the search, and the downloads are the export's rows of the selection.
 */
class PagesTest extends ServerTestBase {

    @Test
    void everyPageAnswersWithLabelledControls() {
        String meeting = firstOf("meeting").get("meeting").asText();
        String person = firstOf("attendance").get("record").get("name").asText();
        for (String url : List.of("/", "/?q=" + enc("*:*"), "/meeting?id=" + enc(meeting), "/person",
                "/person?name=" + enc(person), "/decisions", "/actions", "/actions?overdue=1&status=open")) {
            HttpResponse<String> r = http.get(url);
            assertEquals(200, r.statusCode(), url);
            assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("text/html"), url);
            assertEveryControlLabelled(url, r.body());
            assertTrue(r.body().contains("<main id=\"main\""), url);
        }
        assertTrue(http.get("/meeting?id=" + enc(meeting)).body().contains(meeting));
        assertTrue(http.get("/person?name=" + enc(person)).body().contains("Attendance ("));
    }

    @Test
    void aFacetLinkNarrowsTheSearch() {
        String page = http.get("/?q=" + enc("*:*")).body();
        Matcher m = Pattern.compile("data-facet=\"type\">.*?<a href=\"([^\"]+)\">([a-z ]+)</a>").matcher(page);
        assertTrue(m.find(), page);
        String href = m.group(1).replace("&amp;", "&");
        String narrowed = http.get(href).body();
        assertTrue(total(narrowed) < total(page), href);
        assertTrue(narrowed.contains("Only <strong>"), narrowed);
    }

    @Test
    void downloadsAreTheExportRowsOfTheSelection() {
        HttpResponse<String> csv = http.get("/download/decisions.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("content-disposition").orElseThrow().contains("boardpack-decisions.csv"));
        String header = csv.body().lines().findFirst().orElseThrow();
        assertEquals(String.join(",", new RowSources().decisions().columns()), header);
        JsonNode rows = Http.json(http.get("/download/decisions.json"));
        Set<JsonNode> listed = new HashSet<>();
        Http.json(http.get("/api/decisions")).forEach(listed::add);
        Set<JsonNode> downloaded = new HashSet<>();
        rows.forEach(downloaded::add);
        assertEquals(listed, downloaded, "the rows the decisions table lists, in the export's order");
        assertEquals(rows.size(), csvRows(csv.body()));
        JsonNode actions = Http.json(http.get("/download/actions.json?status=open"));
        actions.forEach(a -> assertEquals("open", a.get("status").asText()));
        assertTrue(http.get("/download/actions.csv").body().startsWith("id,body,body_key,ref"));
        assertFalse(http.get("/download/attendance.json?q=" + enc("*:*")).body().isBlank());
        assertEquals(400, http.get("/download/attendance.csv?kind=agreed").statusCode());
    }

    private static int csvRows(String csv) {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int total(String page) {
        Matcher m = Pattern.compile("id=\"summary\" role=\"status\">(\\d+) hit").matcher(page);
        assertTrue(m.find(), page);
        return Integer.parseInt(m.group(1));
    }

    /** Each input and select has a label naming it by id (check boxes in a fieldset too). */
    private static void assertEveryControlLabelled(String url, String html) {
        Matcher m = Pattern.compile("<(input|select)[^>]*\\sid=\"([^\"]+)\"").matcher(html);
        int controls = 0;
        while (m.find()) {
            controls++;
            assertTrue(html.contains("<label for=\"" + m.group(2) + "\">"), url + ": " + m.group(2) + " has no label");
        }
        assertEquals(controls, Pattern.compile("<(input|select)\\s").matcher(html).results().count(),
                url + ": a control without an id cannot be labelled");
    }
}
