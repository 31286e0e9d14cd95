package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.model.BoardpackJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code boardpack search} over two packs of the bundled corpus: an NHS partnership board's, which
 * writes {@code CCG}, and a council health and wellbeing board's, which writes only {@code East
 * Marches Clinical Commissioning Group}. Each is found by the other's form.
 */
class AcronymSearchCliTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();
    private static final String NHS = "nhs-partnership-msm-2019-07-10.pdf";
    private static final String COUNCIL = "council-east-marches-health-and-wellbeing-board-2017-10-18.pdf";
    private static final Pattern CCG_WORD = Pattern.compile("\\bCCGs?\\b");

    @TempDir
    static Path tmp;
    static Path index;

    @BeforeAll
    static void ingest() {
        Path packs = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
        index = tmp.resolve("index");
        CliRun run = CliRun.of("ingest", packs.resolve(NHS).toString(), packs.resolve(COUNCIL).toString(),
                "--index", index.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
    }

    private static JsonNode search(String query) throws IOException {
        CliRun run = CliRun.of("search", query, "--index", index.toString(), "--json", "--limit", "1000");
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> hitsIn(JsonNode result, String file) {
        List<JsonNode> hits = new ArrayList<>();
        result.get("hits").forEach(h -> {
            if (h.get("path").asText().endsWith(file)) {
                hits.add(h);
            }
        });
        return hits;
    }

    @Test
    void theAcronymFindsTheCouncilPagesThatOnlySpellItOut() throws IOException {
        JsonNode r = search("CCG");
        assertEquals("clinical commissioning group", r.get("expanded").get("CCG").get(0).asText());
        List<JsonNode> council = hitsIn(r, COUNCIL);
        assertFalse(council.isEmpty(), "the council pack never writes CCG, only the name");
        for (JsonNode h : council) {
            assertFalse(CCG_WORD.matcher(h.get("snippet").asText()).find(), h.toString());
            assertTrue(h.get("snippet").asText().toLowerCase().contains("<b>clinical commissioning group</b>"), h.toString());
            assertEquals("clinical commissioning group", h.get("expanded").get("CCG").get(0).asText());
        }
    }

    @Test
    void theNameFindsTheNhsPagesThatOnlyWriteTheAcronym() throws IOException {
        JsonNode r = search("\"clinical commissioning group\"");
        List<JsonNode> byAcronymOnly = hitsIn(r, NHS).stream()
                .filter(h -> !h.get("snippet").asText().toLowerCase().contains("clinical")).toList();
        assertFalse(byAcronymOnly.isEmpty(), "NHS pages that only write CCG: " + hitsIn(r, NHS));
        for (JsonNode h : byAcronymOnly) {
            assertTrue(CCG_WORD.matcher(h.get("snippet").asText().replace("<b>", "").replace("</b>", "")).find(), h.toString());
            assertTrue(h.get("expanded").has("CCG"), h.toString());
        }
        assertTrue(search("clinical commissioning group").get("total").asInt() >= r.get("total").asInt(),
                "unquoted words find at least what the phrase finds");
    }

    @Test
    void peopleAreToldWhatElseWasSearched() {
        CliRun run = CliRun.of("search", "CCG", "--index", index.toString(), "--limit", "1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Also searched: CCG = clinical commissioning group\n"), run.out());
        CliRun plain = CliRun.of("search", "flu vaccination", "--index", index.toString(), "--limit", "1");
        assertFalse(plain.out().contains("Also searched"), plain.out());
    }
}
