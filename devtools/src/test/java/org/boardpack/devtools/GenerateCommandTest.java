package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}: plain and varied packs. */
class GenerateCommandTest {

    @TempDir
    Path tmp;

    /** generate --varied writes the packs and a manifest of each pack's variations; the plain run writes none. */
    @Test
    void generateVariedListsEachPacksVariations() throws IOException {
        Path varied = tmp.resolve("varied");
        DevRun run = DevRun.of("generate", "--packs", "4", "--seed", "14", "--varied", "--out", varied.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> manifest = Files.readAllLines(varied.resolve("variations.tsv"));
        assertEquals(5, manifest.size(), manifest.toString());
        for (String line : manifest.subList(1, manifest.size())) {
            assertTrue(Files.exists(varied.resolve(line.split("\t")[0] + ".pdf")), line);
        }
        Path plain = tmp.resolve("plain");
        assertEquals(0, DevRun.of("generate", "--packs", "4", "--seed", "14", "--out", plain.toString()).exitCode());
        assertFalse(Files.exists(plain.resolve("variations.tsv")));
    }
}
