package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are reported one line each, naming the file; the good ones are still ingested. */
class BadInputTest {

    @TempDir
    Path tmp;

    /** A file of the project's testdata/ (Surefire sets boardpack.testdata; it runs in the module directory). */
    private static Path testdata(String relative) {
        return Path.of(System.getProperty("boardpack.testdata", "../testdata")).resolve(relative).toAbsolutePath().normalize();
    }

    private static Path aSamplePack() throws IOException {
        Path samples = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(samples)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void eachBadFileGetsOneLineAndTheGoodFileIsStillSearchable() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path good = Files.copy(aSamplePack(), in.resolve("good.pdf"));
        Files.writeString(in.resolve("notes.pdf"), "Just some notes typed into a text file.\n");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        Files.copy(testdata("hard-pdfs/encrypted.pdf"), in.resolve("encrypted.pdf"));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path index = tmp.resolve("index");

        CliRun run = CliRun.of("ingest", in.toString(), empty.toString(), tmp.resolve("missing").toString(),
                "--index", index.toString());

        assertEquals(1, run.exitCode(), "some files failed: " + run.out() + run.err());
        String err = run.err();
        assertTrue(err.lines().anyMatch(l -> l.contains("notes.pdf") && l.contains("unsupported format")), err);
        assertTrue(err.lines().anyMatch(l -> l.contains("encrypted.pdf") && l.contains("encrypted")), err);
        assertTrue(err.lines().anyMatch(l -> l.contains(empty.toString()) && l.contains("no PDF files")), err);
        assertTrue(err.lines().anyMatch(l -> l.contains("missing") && l.contains("no such file")), err);
        // a truncated PDF is either recovered by PDFBox's lenient parser or refused as damaged
        assertTrue(run.out().contains("Ingested 1 file(s)") || run.out().contains("Ingested 2 file(s)"), run.out());
        assertTrue(err.lines().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), err);

        CliRun search = CliRun.of("search", "minutes", "--index", index.toString());
        assertEquals(0, search.exitCode());
        assertTrue(search.out().contains("good.pdf"), search.out());
    }

    @Test
    void usageErrorsAndMissingIndexHaveTheirOwnExitCodes() {
        assertEquals(ExitCodes.USAGE, CliRun.of("search").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("ingest", "--no-such-option").exitCode());
        CliRun noIndex = CliRun.of("search", "flu", "--index", tmp.resolve("none").toString());
        assertEquals(ExitCodes.CANNOT_RUN, noIndex.exitCode());
        assertTrue(noIndex.err().contains("boardpack ingest"), noIndex.err());
        assertEquals(0, CliRun.of("export", "--help").exitCode());
    }
}
