package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes every row export writes, in each format, held as SHA-256 digests
 * ({@code export-bytes.sha256} beside this class): the typed rows must write what the rows written
 * before them did, byte for byte. The index is loaded from the bundled corpus's answers with
 * {@code index-records}, not ingested from its PDFs, so the bytes depend on the row code and the
 * answers alone: neither an extraction change nor where the checkout sits (answers name their
 * files relative to themselves) moves them. An intended change of the rows (a field added) or of
 * the answers changes the digests; the failure prints the new lines to paste after checking the
 * change in a diff.
 */
class ExportBytesTest {

    private static final String GOLDEN = "export-bytes.sha256";

    @TempDir
    Path index;

    @Test
    void everyRowExportWritesTheSameBytesAsBefore() throws IOException {
        Path answers = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
        CliRun load = CliRun.of("index-records", answers.toString(), "--index", index.toString());
        assertEquals(0, load.exitCode(), load.out() + load.err());
        Map<String, String> actual = new TreeMap<>();
        for (List<String> args : exports()) {
            List<String> withIndex = new ArrayList<>(args);
            withIndex.addAll(List.of("--index", index.toString()));
            CliRun run = CliRun.of(withIndex.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.err());
            actual.put(String.join(" ", args), sha256(run.out()));
        }
        StringBuilder lines = new StringBuilder();
        actual.forEach((k, v) -> lines.append(v).append("  ").append(k).append('\n'));
        assertEquals(golden(), lines.toString(), "the export bytes changed; the digests now are:\n" + lines);
    }

    private static List<List<String>> exports() {
        List<List<String>> out = new ArrayList<>();
        for (String type : List.of("actions", "decisions", "attendance", "agenda", "tables")) {
            for (String format : List.of("json", "jsonl", "csv")) {
                out.add(List.of("export", type, "--format", format));
                if (type.equals("actions")) {
                    out.add(List.of("export", type, "--snapshots", "--format", format));
                }
            }
        }
        out.add(List.of("decisions", "--json"));
        return out;
    }

    private static String golden() throws IOException {
        try (InputStream in = ExportBytesTest.class.getResourceAsStream(GOLDEN)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
