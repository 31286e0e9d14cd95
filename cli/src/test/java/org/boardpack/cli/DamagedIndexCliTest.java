package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.boardpack.app.SamplePacks;
import org.boardpack.index.SegmentDamage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flipped byte in a segment: {@code check}, {@code search}, {@code export} and {@code ingest}
 * say so in one line and exit 3; a failed export leaves the old {@code --out} file untouched;
 * {@code check --repair} and the next ingest bring the index back whole.
 */
class DamagedIndexCliTest {

    @TempDir
    Path tmp;

    @Test
    void aFlippedByteIsToldByEveryCommandAndRepaired() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path p : SamplePacks.smallest(2)) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        String index = tmp.resolve("index").toString();
        assertEquals(ExitCodes.OK, CliRun.of("ingest", in.toString(), "--index", index).exitCode());
        CliRun sound = CliRun.of("check", "--index", index);
        assertEquals(ExitCodes.OK, sound.exitCode(), sound.err());
        assertTrue(sound.out().startsWith("sound: the index "), sound.out());
        Path out = tmp.resolve("all.json");
        assertEquals(ExitCodes.OK, CliRun.of("export", "all", "--index", index, "--out", out.toString()).exitCode());
        byte[] yesterday = Files.readAllBytes(out);

        SegmentDamage.flipAByteInLargestFile(Path.of(index), "_");

        CliRun check = CliRun.of("check", "--index", index);
        assertEquals(ExitCodes.CANNOT_RUN, check.exitCode());
        assertTrue(check.err().startsWith("boardpack: DAMAGED: the index "), check.err());
        assertEquals(1, check.err().lines().count(), check.err());
        for (String[] args : new String[][] {{"search", "minutes"}, {"export", "all", "--out", out.toString()},
                {"ingest", in.toString()}, {"failures"}}) {
            String[] withIndex = Stream.concat(Stream.of(args), Stream.of("--index", index)).toArray(String[]::new);
            CliRun run = CliRun.of(withIndex);
            assertEquals(ExitCodes.CANNOT_RUN, run.exitCode(), args[0] + ": " + run.out() + run.err());
            assertTrue((run.out() + run.err()).contains("check --repair"), args[0] + ": " + run.out() + run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertArrayEquals(yesterday, Files.readAllBytes(out), "a failed export leaves the old file as it was");

        CliRun repair = CliRun.of("check", "--repair", "--index", index);
        assertEquals(ExitCodes.OK, repair.exitCode(), repair.err());
        assertTrue(repair.out().startsWith("repaired: dropped 1 damaged segment(s)"), repair.out());
        CliRun reingest = CliRun.of("ingest", in.toString(), "--index", index);
        assertEquals(ExitCodes.OK, reingest.exitCode(), reingest.out() + reingest.err());
        assertEquals(ExitCodes.OK, CliRun.of("check", "--index", index).exitCode());
        assertEquals(2, IndexedFiles.read(Path.of(index)).packs().size(), "the lost files were read again");
    }

}
