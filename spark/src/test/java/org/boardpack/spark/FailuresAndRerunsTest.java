package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.boardpack.app.SamplePacks;
import org.boardpack.ingest.IngestLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure in one file never fails the job, and the job's output is incremental and survives a
 * kill: a damaged file, a file whose parser hangs and one that kills its task each time are
 * recorded in {@code failures} while every other file is there; a second run reads nothing; a run
 * killed part-way (a batch staged but half published, another never committed) then started again
 * ends with every file once.
 */
class FailuresAndRerunsTest {

    @TempDir
    Path tmp;

    private final PipelineProcessor real = new PipelineProcessor(IngestLimits.DEFAULTS, false);

    @Test
    void badFilesAreFailuresAndASecondRunReadsNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> packs = SamplePacks.smallest(3);
        for (Path p : packs) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        // a PDF header, then junk: detected as a PDF, unreadable as one
        Files.writeString(in.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage" + "x".repeat(2000));
        Files.copy(packs.getFirst(), in.resolve(FaultyProcessor.HANGS));
        Files.copy(packs.getFirst(), in.resolve(FaultyProcessor.CRASHES));
        // a limit no good pack comes near even on a loaded machine: only the hanging file meets it
        BackfillSettings settings = BackfillSettings.defaults().withTimeout(Duration.ofSeconds(30)).withBatchFiles(3);
        Path out = tmp.resolve("out");

        BackfillReport first = job(settings).run(List.of(in.toString()), out.toString());
        JobOutput output = new JobOutput(out);
        Map<String, JsonNode> failures = output.failuresByPath();
        assertEquals("damaged", kind(failures, in.resolve("damaged.pdf")));
        assertEquals("timed out", kind(failures, in.resolve(FaultyProcessor.HANGS)));
        assertEquals("extraction failed", kind(failures, in.resolve(FaultyProcessor.CRASHES)));
        assertTrue(failures.get(in.resolve(FaultyProcessor.CRASHES).toString()).get("reason").asText()
                .contains("simulated crash"), failures.toString());
        assertEquals(3, failures.size(), failures.values().toString());
        assertEquals(Set.copyOf(packs.stream().map(p -> in.resolve(p.getFileName()).toString()).toList()),
                output.recordsByPath().keySet());
        assertEquals(6, output.manifestByPath().size());
        assertEquals(6, first.processed());
        assertEquals(1, first.crashed());

        Map<String, Long> before = output.listing();
        BackfillReport second = job(settings).run(List.of(in.toString()), out.toString());
        assertEquals(0, second.processed());
        assertEquals(6, second.skipped());
        assertEquals(before, output.listing());
    }

    @Test
    void aKilledRunStartedAgainEndsWithEveryFileOnce() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = SamplePacks.smallest(4).stream().map(p -> copy(p, in)).toList();
        Path out = tmp.resolve("out");
        // a limit no good pack comes near even on a loaded machine: only the hanging file meets it
        BackfillSettings settings = BackfillSettings.defaults();
        // the first file done by a run that ended well
        job(settings).run(List.of(files.get(0).toString()), out.toString());
        // the second: its batch committed in staging, its records moved into place, then the kill
        Path other = tmp.resolve("other");
        job(settings).run(List.of(files.get(1).toString()), other.toString());
        Path staged = Files.createDirectories(out.resolve("_staging/000000000000017-halfpublished"));
        Files.writeString(staged.resolve("_SUCCESS"), "");
        moveParts(other.resolve("records"), out.resolve("records"), false);
        moveParts(other.resolve("manifest"), staged.resolve("dataset=manifest/body=__HIVE_DEFAULT_PARTITION__"
                + "/year=__HIVE_DEFAULT_PARTITION__"), true);
        // the third: its batch killed before Spark committed it (no _SUCCESS): its lines must not count
        Path uncommitted = Files.createDirectories(out.resolve("_staging/000000000000018-uncommitted/dataset=records/body=x/year=2020"));
        Files.writeString(uncommitted.resolve("part-00000-dead.c000.txt"),
                "{\"schema\":\"boardpack/1\",\"source\":{\"path\":\"" + files.get(2) + "\"}}\n");

        BackfillReport resumed = job(settings).run(List.of(in.toString()), out.toString());
        assertEquals(2, resumed.processed(), "the third and fourth files; the second was finished, not read again");
        JobOutput output = new JobOutput(out);
        Set<String> all = Set.copyOf(files.stream().map(Path::toString).toList());
        assertEquals(all, output.recordsByPath().keySet());
        assertEquals(all, output.manifestByPath().keySet());
        // named by batch, oldest first: the first run's file sorts before the resumed run's
        List<String> names = output.listing().keySet().stream().filter(n -> n.startsWith("manifest/") && n.endsWith(".jsonl")).toList();
        assertTrue(names.stream().allMatch(n -> n.matches("manifest/\\d{15}-[^/]+\\.jsonl")), names.toString());
        try (Stream<Path> left = Files.list(out.resolve("_staging"))) {
            assertEquals(0, left.count());
        }
    }

    private BackfillJob job(BackfillSettings settings) {
        return new BackfillJob(LocalSpark.session(), new FaultyProcessor(real), settings);
    }

    private static String kind(Map<String, JsonNode> failures, Path file) {
        JsonNode f = failures.get(file.toString());
        return f == null ? "none in " + failures.keySet() : f.get("kind").asText();
    }

    private static Path copy(Path p, Path dir) {
        try {
            return Files.copy(p, dir.resolve(p.getFileName()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Moves every published file under {@code from} to the same place under {@code to}; into a
     * staging folder with the name Spark gave it ({@code part-….txt}), which publishing changes.
     */
    private static void moveParts(Path from, Path to, boolean asStaged) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (asStaged) {
                    target = target.resolveSibling(f.getFileName().toString().replaceFirst("^\\d{15}-[^-]+-(part-.*)\\.jsonl$", "$1.txt"));
                }
                Files.createDirectories(target.getParent());
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
