package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;

/** The reader gives up on a bundled pack once its deadline has passed, and reads it whole without one. */
class PdfDeadlineTest {

    private static Path aPack() throws Exception {
        Path dir = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void aPassedDeadlineStopsTheReadWithTheReasonGiven() throws Exception {
        Path pack = aPack();
        Deadline passed = Deadline.after(Duration.ZERO, "took longer than the test allows");

        IngestException e = assertThrows(IngestException.class, () -> new PdfLayoutReader().read(pack, "0", passed));

        assertEquals(FailureKind.TIMED_OUT, e.kind());
        assertEquals("took longer than the test allows", e.getMessage());
        assertEquals(pack, e.file());
    }

    @Test
    void noDeadlineAndAFarOneReadEveryPage() throws Exception {
        Path pack = aPack();
        ParsedDocument unlimited = new PdfLayoutReader().read(pack, "0", Deadline.none());
        ParsedDocument limited = new PdfLayoutReader().read(pack, "0", Deadline.after(Duration.ofDays(365), "never"));
        assertEquals(unlimited.pageCount(), limited.pageCount());
        assertEquals(unlimited.pages(), limited.pages());
    }
}
