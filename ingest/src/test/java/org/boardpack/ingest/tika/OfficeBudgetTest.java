package org.boardpack.ingest.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.tika.parser.AutoDetectParser;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DOCX bomb and a document of too much text are resource limits of their own file, found fast. */
class OfficeBudgetTest {

    @TempDir
    Path tmp;

    @Test
    void aDocxWhoseXmlInflatesAThousandfoldIsAResourceLimit() throws Exception {
        Path bomb = HostileFiles.bombDocx(tmp.resolve("bomb.docx"), 1024);
        assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "a GiB of spaces in about a MB");

        long start = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> new FileIngester().ingest(bomb));

        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind(), e.oneLine());
        assertTrue(e.getMessage().startsWith("its zip inflates past POI's limits ("), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "stopped early");
    }

    @Test
    void moreTextThanTheBudgetIsAResourceLimit() throws Exception {
        Path html = tmp.resolve("long.html");
        Files.writeString(html, "<html><body>" + "<p>The board noted the report.</p>".repeat(2_000) + "</body></html>");
        TikaDocumentReader reader = new TikaDocumentReader(new AutoDetectParser(), "html",
                new OfficeBudget(10_000, OfficeBudget.DEFAULTS.maxEntryBytes(), OfficeBudget.DEFAULTS.minInflateRatio()));
        try {
            IngestException e = assertThrows(IngestException.class, () -> reader.read(html, "0", Deadline.none()));
            assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
            assertTrue(e.getMessage().startsWith("it holds more than 10,000 characters of text"), e.getMessage());
        } finally {
            new TikaDocumentReader(new AutoDetectParser(), "html"); // POI's limits back to the defaults
        }
    }
}
