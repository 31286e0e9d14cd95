package org.boardpack.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * {@code bench-ingest} times ingest and PDFBox's plain text each in a JVM of its own (so neither
 * side finds the other's code compiled) and compares them over the same pages.
 */
class IngestBenchSidesTest {

    private static final Path ROOT = Path.of(System.getProperty("boardpack.root", ".."));

    private static Path smallestPack() throws Exception {
        try (Stream<Path> s = Files.list(ROOT.resolve("corpus/packs"))) {
            List<Path> pdfs = s.filter(p -> p.toString().endsWith(".pdf")).toList();
            Path best = pdfs.getFirst();
            for (Path p : pdfs) {
                best = Files.size(p) < Files.size(best) ? p : best;
            }
            return best;
        }
    }

    @Test
    void aSideReportsItsStagesAsJsonLines() throws Exception {
        Path pdf = smallestPack();
        int pages;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pages = d.getNumberOfPages();
        }
        DevRun run = DevRun.of("bench-ingest", "--side=PDFBOX", "--threads", "2", "--warm-up-files", "0", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = run.out().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
        assertEquals(2, lines.size(), run.out());
        assertEquals("PDFBox PDFTextStripper, 1 thread", lines.get(0).get("stage").asText());
        assertEquals("PDFBox PDFTextStripper, 2 threads", lines.get(1).get("stage").asText());
        for (JsonNode l : lines) {
            assertEquals(pages, l.get("pages").asInt(), l.toString());
            assertTrue(l.get("cpu_seconds").asDouble() > 0 && l.get("seconds").asDouble() > 0, l.toString());
        }
    }

    @Test
    void bothSidesAreTimedInJvmsOfTheirOwnAndCompared() throws Exception {
        Path pdf = smallestPack();
        DevRun run = DevRun.of("bench-ingest", "--threads", "2", "--warm-up-files", "0", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("each side in a JVM of its own"), out);
        for (String stage : List.of("ingest, 1 thread", "ingest, 2 threads", "ingest again, nothing changed",
                "PDFBox PDFTextStripper, 1 thread", "PDFBox PDFTextStripper, 2 threads")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(stage + " ")), stage + " missing: " + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.matches("  2 threads +ingest .* -> ingest at \\d+\\.\\d\\dx PDFBox's speed by the"
                + " clock, \\d+\\.\\d\\dx by CPU time")), out);
    }
}
