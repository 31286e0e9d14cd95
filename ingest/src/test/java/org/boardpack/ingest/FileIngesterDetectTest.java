package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.Tika;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that opens with the PDF header goes to the PDF reader without Tika looking at it; any
 * other file is still detected by Tika from its content, whatever its name says.
 */
class FileIngesterDetectTest {

    @TempDir
    Path tmp;

    /** Tika that counts the files it is asked about and says they are plain text. */
    private static final class CountingTika extends Tika {
        int asked;

        @Override
        public String detect(InputStream stream) {
            asked++;
            return "text/plain";
        }
    }

    /** A PDF reader that reads nothing: an empty document of the file. */
    private static final DocumentReader EMPTY_PDF = (file, sha256, deadline) ->
            new ParsedDocument(file, sha256, "pdf", null, List.of());

    @Test
    void aFileOpeningWithThePdfHeaderIsReadAsAPdfWithoutTika() throws Exception {
        Path pdf = Files.write(tmp.resolve("paper.bin"), "%PDF-1.7\n%rest".getBytes(StandardCharsets.US_ASCII));
        CountingTika tika = new CountingTika();
        ParsedDocument doc = new FileIngester(tika, EMPTY_PDF).ingest(pdf);
        assertEquals("pdf", doc.format());
        assertEquals(0, tika.asked, "Tika was not needed");
    }

    @Test
    void anyOtherFileIsDetectedByTikaFromItsContent() throws Exception {
        Path notPdf = Files.write(tmp.resolve("paper.pdf"), "%PD not quite a PDF".getBytes(StandardCharsets.US_ASCII));
        CountingTika tika = new CountingTika();
        IngestException e = assertThrows(IngestException.class, () -> new FileIngester(tika, EMPTY_PDF).ingest(notPdf));
        assertEquals(FailureKind.UNSUPPORTED_FORMAT, e.kind());
        assertEquals(1, tika.asked);
    }
}
