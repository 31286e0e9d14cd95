package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.SamplePacks;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.BatchSettings;
import org.boardpack.app.ingest.IngestService;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.RecordsService;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.extract.PackExtractor;
import org.boardpack.index.PackSearcher;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.model.BoardpackCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is built from the job's output by {@code index-records} (its service): it answers the
 * same searches and exports the same records as the index {@code ingest} built from the same
 * files, and loading the output again changes nothing.
 */
class IndexFromJobTest {

    private static final List<String> QUERIES = List.of("budget", "minutes", "agreed", "action", "chair");

    @TempDir
    Path tmp;

    @Test
    void indexRecordsFromTheJobAnswersAsIngestsIndex() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path p : SamplePacks.smallest(4)) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        new BackfillJob(LocalSpark.session(), new PipelineProcessor(IngestLimits.DEFAULTS, false), BackfillSettings.defaults())
                .run(List.of(in.toString()), tmp.resolve("out").toString());
        Path ingested = tmp.resolve("ingested");
        RunReport ingest = new IngestService(() -> new PackPipeline(new FileIngester(), new PackExtractor()))
                .ingest(List.of(in), settings(ingested), false, false, IngestListener.SILENT);
        assertNull(ingest.error());
        Path loaded = tmp.resolve("loaded");
        RecordsService records = new RecordsService(new BoardpackCodec());
        RunReport load = records.load(List.of(tmp.resolve("out/records")), settings(loaded), false, IngestListener.SILENT);
        assertNull(load.error());
        assertEquals(4, load.ingested());

        try (PackSearcher a = new PackSearcher(ingested); PackSearcher b = new PackSearcher(loaded)) {
            assertEquals(a.packRecordsJson(), b.packRecordsJson());
            for (String query : QUERIES) {
                List<String> want = hits(a, query);
                assertTrue(!want.isEmpty() || query.equals("budget"), query);
                assertEquals(want, hits(b, query), query);
            }
        }
        RunReport again = records.load(List.of(tmp.resolve("out/records")), settings(loaded), false, IngestListener.SILENT);
        assertEquals(4, again.unchanged());
        assertEquals(0, again.ingested());
    }

    private static BatchSettings settings(Path index) {
        return new BatchSettings(index, 1, Duration.ZERO, 20, Duration.ofSeconds(10));
    }

    /** Every hit with its score to four places, best first; ties in path order (the indexes' insertion orders differ). */
    private static List<String> hits(PackSearcher searcher, String query) throws Exception {
        record Hit(String score, String line) {
        }
        return searcher.search(query, 10_000, "[", "]").stream()
                .map(h -> new Hit(String.format(Locale.ROOT, "%012.4f", h.score()),
                        h.path() + " " + h.page() + " " + h.type() + " " + h.snippet()))
                .sorted(Comparator.comparing(Hit::score).reversed().thenComparing(Hit::line))
                .map(h -> h.score() + " " + h.line())
                .toList();
    }
}
