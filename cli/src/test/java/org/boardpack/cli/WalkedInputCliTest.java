package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd names and broken links in the input: the run goes on, each problem said once, names escaped. */
class WalkedInputCliTest {

    @TempDir
    Path tmp;

    @Test
    void aNameWithANewlineIsIngestedAndABrokenLinkIsOneFailure() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SamplePacks.smallest(1).getFirst(), in.resolve("minutes\nMarch.pdf"));
        Files.createSymbolicLink(in.resolve("gone.pdf"), tmp.resolve("nowhere.pdf"));

        CliRun run = CliRun.of("ingest", in.toString(), "--index", tmp.resolve("index").toString(),
                "--log-format", "plain");

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Ingested 1 file(s), 0 unchanged, 1 failed"), run.out());
        assertTrue(run.out().contains("a broken symbolic link"), run.out());
        String log = run.out() + run.err();
        assertTrue(log.contains("minutes\\nMarch.pdf"), "the name is escaped in the log: " + log);
        assertFalse(log.contains("minutes\nMarch"), log);
    }
}
