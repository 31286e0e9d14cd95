package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /file} sends the indexed files and nothing else: every other path, however spelled, is 404. */
class FileRouteTest extends ServerTestBase {

    @Test
    void anIndexedPdfIsServedWhole() throws Exception {
        JsonNode hit = firstOf("decision");
        String path = hit.get("path").asText();
        HttpResponse<byte[]> r = http.bytes("/file?path=" + enc(path));
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("content-type").orElseThrow());
        assertTrue(r.headers().firstValue("content-disposition").orElseThrow().startsWith("inline"));
        assertArrayEquals(Files.readAllBytes(Path.of(path)), r.body());
    }

    @Test
    void anyOtherPathIs404() {
        TestIndex index = TestIndex.get();
        String indexed = firstOf("decision").get("path").asText();
        Path packs = Path.of(indexed).getParent();
        List<String> attempts = List.of(
                "/etc/passwd",
                "../../../../etc/passwd",
                index.notIndexed.toString(),
                packs.resolve("..").resolve(index.notIndexed.getFileName()).toString(),
                packs.resolve("../packs/" + Path.of(indexed).getFileName()).toString(),
                indexed + "/../../" + index.notIndexed.getFileName(),
                indexed.toUpperCase(),
                Path.of(indexed).getFileName().toString(),
                index.dir.toString(),
                packs.toString(),
                "file://" + indexed,
                indexed + "\u0000.pdf");
        for (String attempt : attempts) {
            int status = http.get("/file?path=" + enc(attempt)).statusCode();
            assertTrue(status == 404 || status == 400, attempt + " gave " + status);
        }
        assertEquals(404, http.get("/file?path=" + enc("/etc/passwd")).statusCode());
        assertEquals(404, http.get("/file?path=%2e%2e%2f%2e%2e%2fetc%2fpasswd").statusCode());
        assertEquals(400, http.get("/file").statusCode());
    }

    @Test
    void rawTraversalInTheAddressReachesNothing() {
        for (String raw : List.of("/file/../../etc/passwd", "/static/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2f..%2fetc%2fpasswd")) {
            int status = http.get(raw).statusCode();
            assertTrue(status == 404 || status == 400, raw + " gave " + status);
        }
    }
}
