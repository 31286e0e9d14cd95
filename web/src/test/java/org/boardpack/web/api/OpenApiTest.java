package org.boardpack.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.boardpack.web.Http;
import org.boardpack.web.IndexQueries;
import org.boardpack.web.Route;
import org.boardpack.web.TestIndex;
import org.boardpack.web.WebServer;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes exactly the API's routes, each with exactly the parameters it takes. */
class OpenApiTest {

    @Test
    void theDocumentNamesEveryRouteAndItsParameters() throws Exception {
        Map<String, Set<String>> routes = new TreeMap<>();
        try (IndexQueries index = new IndexQueries(TestIndex.get().dir, java.util.List.of())) {
            for (Route r : new ApiRoutes(index, TestIndex.CLOCK).routes()) {
                routes.put(r.path(), new TreeSet<>(r.params()));
            }
        }
        JsonNode doc;
        try (WebServer server = TestIndex.server()) {
            doc = Http.json(new Http(server.url()).get("/api/openapi.json"));
        }
        assertEquals("3.1.0", doc.get("openapi").asText());
        Map<String, Set<String>> described = new TreeMap<>();
        doc.get("paths").properties().forEach(e -> {
            Set<String> names = new TreeSet<>();
            e.getValue().get("get").get("parameters").forEach(p -> names.add(p.get("name").asText()));
            described.put(e.getKey(), names);
            assertEquals(Set.of("get"), Set.copyOf(iterable(e.getValue().fieldNames())), e.getKey() + ": read-only");
        });
        assertEquals(routes, described);
    }

    private static java.util.List<String> iterable(java.util.Iterator<String> it) {
        java.util.List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
