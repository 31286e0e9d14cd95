package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.boardpack.index.PackIndexWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What did the board agree about flu vaccination in 2020?": the bundled corpus has no such
 * decision, so two bodies' minutes with one in 2020 and one in 2021 are indexed as the extractor
 * would write them, and the command must answer with the 2020 one, its date, body and file:page.
 */
class FluDecisionCliTest {

    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    @TempDir
    static Path tmp;
    static Path index;

    private static PackRecord minutes(String path, String body, String slug, String date, String decision, int page) {
        String id = slug + "/" + date;
        List<PageText> pages = new java.util.ArrayList<>();
        for (int p = 1; p <= page; p++) {
            pages.add(new PageText(p, p == page ? "Flu vaccination\nAgreed: " + decision : "Finance report"));
        }
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, date.replace("-", "").repeat(8), page, "pdf"),
                List.of(new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, page, id)),
                List.of(new Meeting(id, body, date, "16:00", "Microsoft Teams")), null, null,
                List.of(new Decision(id, "8", null, DecisionKind.AGREED, decision, null, page)), null, null, pages);
    }

    @BeforeAll
    static void indexTwoBodiesMinutes() throws Exception {
        index = tmp.resolve("index");
        try (PackIndexWriter w = new PackIndexWriter(index, "test")) {
            w.replace(minutes("/packs/blmk-2020-11-11.pdf", "BLMK Partnership Board", "blmk-partnership-board",
                    "2020-11-11", "the flu vaccination programme for 2020/21 be approved", 7));
            w.replace(minutes("/packs/blmk-2021-10-13.pdf", "BLMK Partnership Board", "blmk-partnership-board",
                    "2021-10-13", "the flu vaccination programme for 2021/22 be approved", 4));
        }
    }

    @Test
    void theDecisionOf2020IsFoundWithItsDateBodyAndFilePage() throws Exception {
        CliRun run = CliRun.of("search", "flu vaccination", "--type", "decision", "--from", "2020", "--to", "2020",
                "--index", index.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = JSON.readTree(run.out());
        assertEquals(1, r.get("total").asInt(), run.out());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("2020-11-11", hit.get("date").asText());
        assertEquals("BLMK Partnership Board", hit.get("body").asText());
        assertEquals("/packs/blmk-2020-11-11.pdf", hit.get("path").asText());
        assertEquals(7, hit.get("page").asInt());
        assertEquals("the flu vaccination programme for 2020/21 be approved", hit.get("record").get("text").asText());

        CliRun human = CliRun.of("search", "flu vaccination", "--type", "decision", "--from", "2020", "--to", "2020",
                "--index", index.toString());
        assertTrue(human.out().startsWith("1. /packs/blmk-2020-11-11.pdf:7  [decision]  BLMK Partnership Board, 2020-11-11"),
                human.out());
        assertTrue(human.out().contains("[flu] [vaccination]"), human.out());
    }

    @Test
    void bothYearsByDateNewestFirst() throws Exception {
        CliRun run = CliRun.of("search", "flu vaccination", "--type", "decision", "--sort", "date",
                "--index", index.toString(), "--json");
        JsonNode hits = JSON.readTree(run.out()).get("hits");
        assertEquals(2, hits.size());
        assertEquals("2021-10-13", hits.get(0).get("date").asText());
        assertEquals("2020-11-11", hits.get(1).get("date").asText());
    }
}
