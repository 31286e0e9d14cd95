package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose stream inflates past the decode budget is refused before a page is read, quickly;
 * streams whose stored size alone shows they fit the budget are not inflated by the check.
 */
class DecodeBudgetTest {

    private static final long MB = 1024L * 1024;

    @TempDir
    Path tmp;

    private static PdfLayoutReader reader(DecodeBudget budget) {
        return new PdfLayoutReader(5_000, ScannedPageReader.NOT_REQUESTED, budget);
    }

    @Test
    void aStreamOverThePerStreamBudgetIsAResourceLimitNamingIt() throws Exception {
        Path bomb = HostileFiles.bombPdf(tmp.resolve("bomb.pdf"), 64);
        assertTrue(Files.size(bomb) < MB, "64 MiB of spaces deflate to well under a MB");

        long start = System.nanoTime();
        IngestException e = assertThrows(IngestException.class,
                () -> reader(new DecodeBudget(16 * MB, 1024 * MB)).read(bomb, "0", Deadline.none()));

        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertEquals("stream 5 0 R inflates to more than 16 MB, over the decode budget of 16 MB a stream,"
                + " 1.0 GB a file: a decompression bomb, or a file too big to read", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "stopped at the budget");
    }

    @Test
    void streamsTogetherOverThePerFileBudgetAreAResourceLimit() throws Exception {
        Path bomb = HostileFiles.bombPdf(tmp.resolve("bomb.pdf"), 8);
        IngestException e = assertThrows(IngestException.class,
                () -> reader(new DecodeBudget(64 * MB, 4 * MB)).read(bomb, "0", Deadline.none()));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertTrue(e.getMessage().contains("(with the streams before it)"), e.getMessage());
    }

    @Test
    void streamsWithinTheBudgetAreRead() throws Exception {
        Path big = HostileFiles.bombPdf(tmp.resolve("big.pdf"), 8);
        ParsedDocument doc = reader(new DecodeBudget(64 * MB, 64 * MB)).read(big, "0", Deadline.none());
        assertEquals(1, doc.pageCount());
        assertTrue(doc.pages().getFirst().lines().getFirst().text().contains("Minutes of the board meeting"));
    }

    @Test
    void theDefaultBudgetStopsAGigabyteBombInSeconds() throws Exception {
        Path bomb = HostileFiles.bombPdf(tmp.resolve("bomb.pdf"), 1024);
        long start = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> new PdfLayoutReader().read(bomb, "0", Deadline.none()));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "stopped at the budget");
    }

    @Test
    void aPassedDeadlineStopsTheCheck() throws Exception {
        Path bomb = HostileFiles.bombPdf(tmp.resolve("bomb.pdf"), 64);
        Deadline passed = Deadline.after(Duration.ZERO, "too slow");
        IngestException e = assertThrows(IngestException.class,
                () -> reader(DecodeBudget.DEFAULTS).read(bomb, "0", passed));
        assertEquals(FailureKind.TIMED_OUT, e.kind());
    }

    /** Three pages of text, each a Flate content stream of a few hundred bytes. */
    private Path threePages() throws Exception {
        return new DrawnPdf().text(72, 72, "Minutes of the meeting of the board").newPage()
                .text(72, 72, "Present: the Chair, the Treasurer").newPage()
                .text(72, 72, "Resolved: the accounts were approved").save(tmp.resolve("three.pdf"));
    }

    private static int decodedByCheck(Path file, DecodeBudget budget) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new DecodedStreamCheck(budget).check(pdf, file, Deadline.none());
        }
    }

    @Test
    void streamsThatCannotBreakTheBudgetAreNotInflatedByTheCheck() throws Exception {
        assertEquals(0, decodedByCheck(threePages(), DecodeBudget.DEFAULTS));
        assertEquals(0, decodedByCheck(HostileFiles.bombPdf(tmp.resolve("big.pdf"), 8), new DecodeBudget(64 * MB, 64 * MB)));
    }

    @Test
    void boundsOverTheFileBudgetAreCheckedByInflatingTheLargestUntilTheRestFit() throws Exception {
        Path three = threePages();
        // each page's bound is some hundreds of KB: together they could pass 300 KB, alone not
        int decoded = decodedByCheck(three, new DecodeBudget(MB, 300 * 1024));
        assertTrue(decoded >= 1 && decoded < 3, "inflated " + decoded);
        assertEquals(3, reader(new DecodeBudget(MB, 300 * 1024)).read(three, "0", Deadline.none()).pageCount(),
                "bounds over the budget are not a refusal: what the streams really inflate to is");
    }

    @Test
    void aStreamWhoseBoundPassesThePerStreamBudgetIsInflatedAndCounted() throws Exception {
        Path three = threePages();
        IngestException e = assertThrows(IngestException.class,
                () -> reader(new DecodeBudget(16, MB)).read(three, "0", Deadline.none()));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertTrue(e.getMessage().contains("inflates to more than 16 bytes"), e.getMessage());
    }
}
