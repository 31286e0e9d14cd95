package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a real ingest process: the index it leaves holds whole files
 * only, and the next run completes it, each file once, as a clean run would have. Holds whether
 * ingest commits file by file or in batches: only what a commit made visible is checked.
 */
class IngestKillTest {

    /** Far beyond any real wait: only a run that never commits or never ends gets here. */
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesWholeFilesAndTheNextRunCompletesTheIndex() throws Exception {
        List<Path> sources = SamplePacks.smallest(3);
        Map<String, Integer> expected = documentsPerSource(sources);

        int files = 12;
        for (int attempt = 1; ; attempt++) {
            Path in = copies(sources, files, tmp.resolve("in-" + attempt));
            Path index = tmp.resolve("index-" + attempt);
            if (killAfterFirstCommit(in, index)) {
                checkWholeFiles(index, sources, expected);
                int kept = IndexedFiles.read(index).packs().size();

                CliRun rerun = CliRun.of("ingest", in.toString(), "--index", index.toString());
                assertEquals(ExitCodes.OK, rerun.exitCode(), rerun.out() + rerun.err());
                assertTrue(rerun.out().contains("Ingested " + (files - kept) + " file(s), " + kept + " unchanged, 0 failed"),
                        "files committed before the kill are unchanged, the rest ingested: " + rerun.out());
                IndexedFiles after = IndexedFiles.read(index);
                assertEquals(files, after.packs().size(), "every file is in the index: " + after.packs().keySet());
                checkWholeFiles(index, sources, expected);
                return;
            }
            // the run ended before a commit could be seen: give it more to do, never a shorter wait
            assertTrue(attempt < 4, "ingest of " + files + " files finished before its first commit was seen");
            files *= 2;
        }
    }

    /** Each file of the index: one pack document, and as many documents as a clean run gives its source. */
    private static void checkWholeFiles(Path index, List<Path> sources, Map<String, Integer> expected) throws IOException {
        IndexedFiles indexed = IndexedFiles.read(index);
        assertTrue(!indexed.packs().isEmpty(), "a commit was seen, so some file is in the index");
        assertEquals(indexed.packs().keySet(), indexed.documents().keySet(), "no documents of a file without its pack");
        indexed.packs().forEach((path, packs) -> {
            assertEquals(1, packs, path + " is indexed once");
            String source = sourceOf(path, sources);
            assertEquals(expected.get(source), indexed.documents().get(path),
                    path + " holds all of " + source + "'s documents, none twice");
        });
    }

    /** Ingests each source once, cleanly, and counts its documents. */
    private Map<String, Integer> documentsPerSource(List<Path> sources) throws IOException {
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        for (Path s : sources) {
            Files.copy(s, clean.resolve(s.getFileName()));
        }
        Path index = tmp.resolve("clean-index");
        CliRun run = CliRun.of("ingest", clean.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        Map<String, Integer> counts = new HashMap<>();
        IndexedFiles.read(index).documents().forEach((path, n) -> counts.put(Path.of(path).getFileName().toString(), n));
        assertEquals(sources.size(), counts.size(), counts.toString());
        return counts;
    }

    /** {@code n} copies of the sources in turn, as {@code 000-<source name>}: distinct paths, known content. */
    private static Path copies(List<Path> sources, int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Path s = sources.get(i % sources.size());
            Files.copy(s, dir.resolve(String.format("%03d-%s", i, s.getFileName())));
        }
        return dir;
    }

    private static String sourceOf(String indexedPath, List<Path> sources) {
        String name = Path.of(indexedPath).getFileName().toString();
        return name.substring(name.indexOf('-') + 1);
    }

    /**
     * Starts {@code boardpack ingest} as its own JVM, and kills it (SIGKILL) as soon as a commit with
     * a file in it is visible. @return false when the run ended before that
     */
    private boolean killAfterFirstCommit(Path in, Path index) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = tmp.resolve(index.getFileName() + ".log");
        Process ingest = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.boardpack.cli.BoardpackCommand", "ingest", in.toString(), "--index", index.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Instant giveUp = Instant.now().plus(GIVE_UP);
            while (ingest.isAlive()) {
                if (!IndexedFiles.read(index).packs().isEmpty()) {
                    ingest.destroyForcibly();
                    ingest.waitFor();
                    return true;
                }
                if (Instant.now().isAfter(giveUp)) {
                    fail("no commit after " + GIVE_UP + ": " + Files.readString(log));
                }
                // polling a live process's index; the outcome never depends on how long this is
                ingest.waitFor(25, TimeUnit.MILLISECONDS);
            }
            assertEquals(ExitCodes.OK, ingest.exitValue(), Files.readString(log));
            return false;
        } finally {
            ingest.destroyForcibly();
        }
    }
}
