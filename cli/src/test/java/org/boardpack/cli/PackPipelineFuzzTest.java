package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.boardpack.app.SamplePacks;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.cli.fuzz.FuzzCase;
import org.boardpack.cli.fuzz.FuzzSeeds;
import org.boardpack.cli.fuzz.FuzzTally;
import org.boardpack.cli.fuzz.PdfMutator;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of real PDFs through ingest and extract, as a nightly run meets them: each is
 * parsed to a record or refused with a typed reason, never a crash (an exception or error of ours
 * or a library's escaping), never a hang, never running out of memory.
 *
 * <p>The normal run takes {@value #DEFAULT_COUNT} cases of the smallest corpus packs. The full run
 * (README, "Running nightly") mutates every corpus pack and the hard PDFs:
 * {@code ./mvnw -pl cli test -Dtest=PackPipelineFuzzTest -Dboardpack.fuzz.count=1000 -DargLine=-Xmx1g}
 * ({@code -Dboardpack.fuzz.seed=N} for another run, {@code -Dboardpack.fuzz.timeout=S} per file).
 * Crashes and hangs are listed by case, and their files kept under {@code target/fuzz-findings}.
 */
class PackPipelineFuzzTest {

    private static final int DEFAULT_COUNT = 40;

    /** PDFBox logs every oddity of a damaged file; the outcomes are what this test reads. */
    private final Logger quiet = BoardpackCommand.quietLibraries();

    @TempDir
    Path tmp;

    @Test
    void everyDamagedFileIsParsedOrRefusedWithATypedReason() throws Exception {
        int count = Integer.getInteger("boardpack.fuzz.count", DEFAULT_COUNT);
        long runSeed = Long.getLong("boardpack.fuzz.seed", 20261203L);
        Duration limit = Duration.ofSeconds(Long.getLong("boardpack.fuzz.timeout", 30L));
        List<FuzzSeeds.Seed> seeds = FuzzSeeds.of(count > DEFAULT_COUNT ? allSources() : SamplePacks.smallest(2));
        List<PdfMutator> mutators = FuzzCase.allMutators();
        PackPipeline pipeline = new PackPipeline(new FileIngester(), new PackExtractor());
        FuzzTally tally = new FuzzTally();
        ExecutorService worker = Executors.newSingleThreadExecutor();
        int findings = 0;
        try {
            for (int i = 0; i < count; i++) {
                FuzzCase c = FuzzCase.make(runSeed, i, seeds, mutators);
                Path file = Files.write(tmp.resolve("case-" + i + ".pdf"), c.bytes());
                if (!run(c, file, pipeline, worker, limit, tally)) {
                    // the hung thread cannot be stopped (PDFBox does not heed interrupts): leave it, go on
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                }
                if (tally.findings() > findings) {
                    findings = tally.findings();
                    keepFinding(c);
                }
                Files.delete(file);
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.print(tally.summary());
        assertEquals(0, tally.findings(), tally.summary());
    }

    /** @return false when the case hung and its worker is lost */
    private static boolean run(FuzzCase c, Path file, PackPipeline pipeline, ExecutorService worker, Duration limit,
                               FuzzTally tally) throws InterruptedException {
        long start = System.nanoTime();
        Future<IngestException> outcome = worker.submit(() -> {
            try {
                pipeline.process(file, file.toString());
                return null;
            } catch (IngestException e) {
                return e;
            }
        });
        try {
            IngestException refusal = outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (refusal == null) {
                tally.parsed(c, took);
            } else {
                tally.refused(c, refusal, took);
            }
            return true;
        } catch (ExecutionException e) {
            // anything but a typed refusal escaped the pipeline, out-of-memory and stack overflow included
            tally.crashed(c, e.getCause());
            return true;
        } catch (TimeoutException e) {
            outcome.cancel(true);
            tally.hung(c, limit);
            return false;
        }
    }

    private static void keepFinding(FuzzCase c) throws IOException {
        Path findings = Files.createDirectories(Path.of("target", "fuzz-findings"));
        Files.write(findings.resolve("case-" + c.index() + ".pdf"), c.bytes());
    }

    private static List<Path> allSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        Path root = Path.of(System.getProperty("boardpack.root", ".."));
        Path hard = Path.of(System.getProperty("boardpack.testdata", "../testdata")).resolve("hard-pdfs");
        for (Path dir : List.of(root.resolve("corpus/packs"), hard)) {
            try (Stream<Path> s = Files.list(dir)) {
                // the encrypted one is refused before any damage could matter
                List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")
                        && !p.getFileName().toString().startsWith("encrypted")).sorted().toList();
                assertFalse(pdfs.isEmpty(), "no PDFs in " + dir.toAbsolutePath());
                sources.addAll(pdfs);
            }
        }
        return sources;
    }
}
