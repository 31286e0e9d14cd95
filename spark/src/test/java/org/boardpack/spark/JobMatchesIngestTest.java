package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.BatchSettings;
import org.boardpack.app.ingest.IngestService;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexedFailures;
import org.boardpack.index.PackSearcher;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads every file as {@code ingest} does: over the bundled corpus and some hard PDFs (an
 * encrypted one, rotated pages, tables that broke readers), the records the job writes are those
 * {@code ingest} then {@code export all} gives, file by file and field by field, and the files that
 * fail fail with the same kind.
 */
class JobMatchesIngestTest {

    private static final List<String> HARD = List.of("encrypted.pdf", "rotated_page.pdf", "sort_exception.pdf",
            "npe_issue_206.pdf", "arabic.pdf");

    @TempDir
    Path tmp;

    @Test
    void recordsAreThoseOfIngestThenExport() throws Exception {
        Path in = inputs();
        BackfillReport report = new BackfillJob(LocalSpark.session(), new PipelineProcessor(IngestLimits.DEFAULTS, false),
                BackfillSettings.defaults().withBatchFiles(8)).run(List.of(in.toString()), tmp.resolve("out").toString());
        JobOutput job = new JobOutput(tmp.resolve("out"));

        Map<String, JsonNode> exported = ingestThenExport(in);
        Map<String, JsonNode> written = job.recordsByPath();
        assertTrue(exported.size() >= 15, "the corpus's packs and the hard PDFs that read: " + exported.keySet());
        assertEquals(exported.keySet(), written.keySet());
        for (String path : exported.keySet()) {
            JsonNode want = exported.get(path);
            JsonNode got = written.get(path);
            for (Iterator<String> fields = want.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                assertEquals(want.get(field), got.get(field), path + ": " + field);
            }
            assertEquals(want, got, path);
        }

        Map<String, String> indexedFailures = new TreeMap<>();
        for (FailureRecord f : IndexedFailures.read(tmp.resolve("index"))) {
            indexedFailures.put(f.path(), f.kind());
        }
        Map<String, String> jobFailures = new TreeMap<>();
        job.failuresByPath().forEach((path, f) -> jobFailures.put(path, f.get("kind").asText()));
        assertEquals(indexedFailures, jobFailures);
        assertTrue(jobFailures.containsValue("encrypted"), jobFailures.toString());
        assertEquals(report.listed(), job.manifestByPath().size());
        assertEquals(report.listed(), report.processed());
    }

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path root = Path.of(System.getProperty("boardpack.root", ".."));
        try (Stream<Path> packs = Files.list(root.resolve("corpus/packs"))) {
            for (Path p : packs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Path hard = Files.createDirectories(in.resolve("hard"));
        for (String name : HARD) {
            Files.copy(root.resolve("testdata/hard-pdfs").resolve(name), hard.resolve(name));
        }
        return in;
    }

    private Map<String, JsonNode> ingestThenExport(Path in) throws Exception {
        Path index = tmp.resolve("index");
        RunReport run = new IngestService(() -> new PackPipeline(new FileIngester(), new PackExtractor()))
                .ingest(List.of(in), new BatchSettings(index, 2, BackfillSettings.DEFAULT_TIMEOUT, 20, Duration.ofSeconds(10)),
                        false, false, IngestListener.SILENT);
        assertEquals(null, run.error());
        List<String> packs = new ArrayList<>();
        try (PackSearcher searcher = new PackSearcher(index)) {
            searcher.eachPackRecordJson().forEachRemaining(packs::add);
        }
        Map<String, JsonNode> byPath = new TreeMap<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String pack : packs) {
            JsonNode n = json.readTree(pack);
            byPath.put(n.path("source").path("path").asText(), n);
        }
        return byPath;
    }
}
