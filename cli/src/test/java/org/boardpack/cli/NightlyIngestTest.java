package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nightly run as a scheduler sees it: failures kept and replaced, pruning, the run report. */
class NightlyIngestTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    private JsonNode failuresJson(Path index) throws Exception {
        CliRun run = CliRun.of("failures", "--index", index.toString(), "--json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return json.readTree(run.out());
    }

    private JsonNode exported(Path index) throws Exception {
        CliRun run = CliRun.of("export", "--index", index.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return json.readTree(run.out());
    }

    @Test
    void aFailureIsKeptReplacedWhenItFailsAgainAndGoneOnceTheFileIsFixed() throws Exception {
        List<Path> packs = SamplePacks.smallest(2);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(packs.get(0), in.resolve("good.pdf"));
        Path bad = in.resolve("late.pdf");
        Files.writeString(bad, "the clerk saved the agenda as text\n");
        Path index = tmp.resolve("index");

        CliRun first = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.SOME_FAILED, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("Failures:\n") && first.out().contains("late.pdf: unsupported format - "),
                "the summary lists the failure: " + first.out());
        JsonNode failures = failuresJson(index);
        assertEquals(1, failures.size(), failures.toString());
        JsonNode f = failures.get(0);
        assertEquals(bad.toAbsolutePath().normalize().toString(), f.get("path").asText());
        assertEquals("unsupported format", f.get("kind").asText());
        assertEquals(64, f.get("sha256").asText().length(), "the content hash is known for a readable file");
        CliRun listed = CliRun.of("failures", "--index", index.toString());
        assertTrue(listed.out().startsWith("1 failed file(s) in "), listed.out());
        assertTrue(listed.out().contains("late.pdf: unsupported format - its content is text/plain"), listed.out());

        // fails again, differently: the one failure is replaced, the good file untouched
        Files.writeString(bad, "still text, but other text\n");
        CliRun again = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.SOME_FAILED, again.exitCode(), again.out() + again.err());
        assertTrue(again.out().contains("Ingested 0 file(s), 1 unchanged, 1 failed"), again.out());
        JsonNode replaced = failuresJson(index);
        assertEquals(1, replaced.size(), replaced.toString());
        assertNotEquals(f.get("sha256").asText(), replaced.get(0).get("sha256").asText());
        assertEquals(1, exported(index).size(), "the good file's records are still there");

        // the clerk re-saves it as a PDF: the next run ingests it and the failure is gone
        Files.copy(packs.get(1), bad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRun fixed = CliRun.of("ingest", in.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, fixed.exitCode(), fixed.out() + fixed.err());
        assertTrue(fixed.out().contains("Ingested 1 file(s), 1 unchanged, 0 failed"), fixed.out());
        assertEquals(0, failuresJson(index).size());
        assertEquals(2, exported(index).size());
        CliRun none = CliRun.of("failures", "--index", index.toString());
        assertTrue(none.out().startsWith("0 failed file(s)"), none.out());
    }

    @Test
    void pruneRemovesFilesGoneFromTheGivenPathsOnlyAndNeverUnderAMissingOne() throws Exception {
        List<Path> packs = SamplePacks.smallest(2);
        Path nightly = Files.createDirectories(tmp.resolve("nightly"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(packs.get(0), nightly.resolve("keep.pdf"));
        Path gone = Files.copy(packs.get(1), nightly.resolve("withdrawn.pdf"));
        Path goneBad = Files.writeString(nightly.resolve("bad.pdf"), "not a pdf\n");
        Files.copy(packs.get(0), other.resolve("elsewhere.pdf"));
        Path index = tmp.resolve("index");
        assertEquals(ExitCodes.SOME_FAILED, CliRun.of("ingest", nightly.toString(), other.toString(),
                "--index", index.toString()).exitCode());
        assertEquals(3, exported(index).size());

        Files.delete(gone);
        Files.delete(goneBad);
        // a missing path given beside it is not pruned under (an unmounted share must not empty the index)
        CliRun pruned = CliRun.of("ingest", nightly.toString(), tmp.resolve("unmounted").toString(), "--prune",
                "--index", index.toString());
        assertEquals(ExitCodes.SOME_FAILED, pruned.exitCode(), "the missing path is a failure: " + pruned.err());
        assertTrue(pruned.out().contains("Ingested 0 file(s), 1 unchanged, 1 failed, 2 pruned"), pruned.out());
        assertTrue(pruned.err().contains("PRUNED ") && pruned.err().contains("withdrawn.pdf"), pruned.err());
        assertTrue(pruned.err().contains("not pruned under " + tmp.resolve("unmounted")), pruned.err());

        List<String> paths = exported(index).findValues("path").stream().map(JsonNode::asText).sorted().toList();
        assertEquals(List.of(nightly.resolve("keep.pdf").toAbsolutePath().normalize().toString(),
                other.resolve("elsewhere.pdf").toAbsolutePath().normalize().toString()), paths,
                "the other folder's file is not under the pruned path");
        assertEquals(0, failuresJson(index).size(), "the failure of the removed file went with it");
    }

    @Test
    void theReportCountsFilesPagesAndFailuresAsTheIndexHasThem() throws Exception {
        List<Path> packs = SamplePacks.smallest(2);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(packs.get(0), in.resolve("a.pdf"));
        Files.copy(packs.get(1), in.resolve("b.pdf"));
        Files.writeString(in.resolve("c.pdf"), "text\n");
        Path index = tmp.resolve("index");
        Path reportFile = tmp.resolve("reports/night-1.json");

        CliRun run = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--report", reportFile.toString());
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.err());
        JsonNode r = json.readTree(reportFile.toFile());
        assertEquals("some_failed", r.get("outcome").asText());
        assertEquals(1, r.get("exit_code").asInt());
        assertEquals(2, r.get("files").get("ingested").asInt());
        assertEquals(0, r.get("files").get("unchanged").asInt());
        assertEquals(1, r.get("files").get("failed").asInt());
        assertEquals(0, r.get("files").get("pruned").asInt());
        int pagesIndexed = 0;
        for (JsonNode pack : exported(index)) {
            pagesIndexed += pack.get("source").get("pages").asInt();
        }
        assertTrue(pagesIndexed > 0);
        assertEquals(pagesIndexed, r.get("pages").asInt());
        assertEquals(pagesIndexed, r.get("records").get("pages").asInt());
        double elapsed = r.get("elapsed_seconds").asDouble();
        assertTrue(elapsed > 0, r.toString());
        assertEquals(pagesIndexed / elapsed, r.get("pages_per_second").asDouble(), 0.05 * pagesIndexed / elapsed + 0.01);
        assertEquals(1, r.get("failures").size());
        assertTrue(r.get("failures").get(0).get("path").asText().endsWith("c.pdf"));
        assertEquals("unsupported format", r.get("failures").get(0).get("kind").asText());
        assertTrue(run.out().contains(String.format(java.util.Locale.ROOT, "%d pages", pagesIndexed)), run.out());

        Path second = tmp.resolve("reports/night-2.json");
        CliRun rerun = CliRun.of("ingest", in.toString(), "--index", index.toString(), "--report", second.toString());
        assertEquals(ExitCodes.SOME_FAILED, rerun.exitCode());
        JsonNode r2 = json.readTree(second.toFile());
        assertEquals(0, r2.get("files").get("ingested").asInt());
        assertEquals(2, r2.get("files").get("unchanged").asInt());
        assertEquals(0, r2.get("pages").asInt(), "nothing parsed on a no-change run");
    }
}
