package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.boardpack.ingest.pdf.ScannedPageReader;
import org.junit.jupiter.api.Test;

/** The per-file size and page limits, on a real pack of the bundled corpus. */
class FileIngesterLimitsTest {

    private static Path pack() throws IOException {
        Path packs = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs");
        try (Stream<Path> s = Files.list(packs)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
    }

    private static ParsedDocument ingest(Path file, IngestLimits limits) throws IngestException {
        return new FileIngester(limits, ScannedPageReader.NOT_REQUESTED).ingest(file);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSizeAndTheOptionToRaise() throws Exception {
        Path pack = pack();
        long size = Files.size(pack);
        IngestException e = assertThrows(IngestException.class, () -> ingest(pack, new IngestLimits(10 * 1024, 5_000)));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertNull(e.page());
        assertEquals("the file is " + size / 1024 + " KB, over the 10 KB limit; raise --max-file-size", e.getMessage());
        assertTrue(e.oneLine().startsWith(pack + ": too large - "), e.oneLine());
    }

    @Test
    void aFileOverThePageLimitIsRefusedWithItsPageCount() throws Exception {
        Path pack = pack();
        int pages = new FileIngester().ingest(pack).pageCount();
        IngestException e = assertThrows(IngestException.class, () -> ingest(pack, new IngestLimits(1L << 30, pages - 1)));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertEquals("the PDF has " + pages + " pages, over the " + (pages - 1) + "-page limit; raise --max-pages",
                e.getMessage());
    }

    @Test
    void aFileAtExactlyTheLimitsIsRead() throws Exception {
        Path pack = pack();
        int pages = new FileIngester().ingest(pack).pageCount();
        ParsedDocument doc = ingest(pack, new IngestLimits(Files.size(pack), pages));
        assertEquals(pages, doc.pageCount());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new IngestLimits(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new IngestLimits(10, -1));
    }

    @Test
    void sizesAreDescribedAsAnOperatorReadsThem() {
        assertEquals("812 MB", IngestLimits.describe(812L << 20));
        assertEquals("500.5 MB", IngestLimits.describe((500L << 20) + (1L << 19)));
        assertEquals("2.0 GB", IngestLimits.describe(2L << 30));
        assertEquals("900 KB", IngestLimits.describe(900L << 10));
        assertEquals("12 bytes", IngestLimits.describe(12));
    }
}
