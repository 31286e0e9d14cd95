package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.app.SamplePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code ingest --max-file-size / --max-pages}: refusals in the run, wrong values as usage errors. */
class IngestLimitOptionsTest {

    @TempDir
    Path tmp;

    @Test
    void sizesAreReadInBinaryUnitsOrBytes() {
        FileSizeConverter sizes = new FileSizeConverter();
        assertEquals(500L << 20, sizes.convert("500MB"));
        assertEquals(2L << 30, sizes.convert("2GB"));
        assertEquals(1_048_576L, sizes.convert("1048576"));
        assertEquals(3L << 29, sizes.convert("1.5g"));
        assertEquals(800L << 10, sizes.convert("800 KB"));
    }

    @Test
    void aFileOverTheLimitsFailsAsTooLargeAndTheOthersAreIngested() throws Exception {
        List<Path> packs = SamplePacks.smallest(2);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(packs.get(0), in.resolve("small.pdf"));
        Files.copy(packs.get(1), in.resolve("large.pdf"));
        String limit = (Files.size(packs.get(0)) / 1024 + 1) + "KB";
        CliRun run = CliRun.of("ingest", in.toString(), "--index", tmp.resolve("index").toString(),
                "--max-file-size", limit);
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("Ingested 1 file(s), 0 unchanged, 1 failed"), run.out());
        assertTrue(run.err().contains("large.pdf: too large - the file is ")
                && run.err().contains("limit; raise --max-file-size"), run.err());

        CliRun pages = CliRun.of("ingest", in.toString(), "--index", tmp.resolve("index2").toString(),
                "--max-pages", "1");
        assertEquals(ExitCodes.SOME_FAILED, pages.exitCode(), pages.out() + pages.err());
        assertTrue(pages.out().contains("Ingested 0 file(s), 0 unchanged, 2 failed"), pages.out());
        assertTrue(pages.err().contains("pages, over the 1-page limit; raise --max-pages"), pages.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--max-file-size=12XB", "--max-file-size=0", "--max-file-size=-5MB", "--max-pages=0",
            "--max-pages=many", "--max-pages=-3"})
    void aWrongLimitIsAUsageErrorNamingTheOption(String option) {
        CliRun run = CliRun.of("ingest", tmp.toString(), "--index", tmp.resolve("index").toString(), option);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains(option.substring(0, option.indexOf('='))), run.err());
        assertTrue(Files.notExists(tmp.resolve("index")), "nothing was run");
    }

    @Test
    void aNonsenseSizeSaysHowToWriteOne() {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> new FileSizeConverter().convert("lots"));
        assertTrue(e.getMessage().contains("500MB, 2GB"), e.getMessage());
    }
}
