package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FileIngesterTest {

    private final FileIngester ingester = new FileIngester();

    @TempDir
    Path tmp;

    static List<Path> hardPdfs() {
        return TestData.pdfs("hard-pdfs");
    }

    @ParameterizedTest
    @MethodSource("hardPdfs")
    void everyHardPdfIsParsedOrRefusedWithATypedReason(Path pdf) {
        try {
            ParsedDocument doc = ingester.ingest(pdf);
            assertTrue(doc.pageCount() > 0);
            assertTrue(doc.pages().stream().anyMatch(Page::hasText), "a parsed document has text");
            assertEquals(64, doc.sha256().length());
        } catch (IngestException e) {
            assertNotNull(e.kind());
            assertTrue(e.oneLine().startsWith(pdf.toString()), e.oneLine());
            assertTrue(e.oneLine().length() < 400 && !e.oneLine().contains("\n"), e.oneLine());
        }
    }

    @Test
    void zeroByteFileIsRefusedAsEmptyNotAsAnUnknownFormat() throws IOException {
        Path empty = Files.createFile(tmp.resolve("agenda.pdf"));
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(empty));
        assertEquals(FailureKind.EMPTY, e.kind());
        assertTrue(e.oneLine().contains("agenda.pdf") && e.oneLine().contains("0 bytes"), e.oneLine());
    }

    @Test
    void textFileNamedPdfIsAnUnsupportedFormat() throws IOException {
        Path fake = tmp.resolve("minutes.pdf");
        Files.writeString(fake, "These are the minutes of the meeting, typed as plain text.\n");
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(fake));
        assertEquals(FailureKind.UNSUPPORTED_FORMAT, e.kind());
        assertTrue(e.oneLine().contains("minutes.pdf") && e.oneLine().contains("text/plain"), e.oneLine());
    }

    @Test
    void truncatedPdfIsRefusedAsDamaged() throws IOException {
        Path source = TestData.path("tabula-samples/twotables.pdf");
        byte[] bytes = Files.readAllBytes(source);
        Path truncated = tmp.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, 600));
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(truncated));
        assertTrue(e.kind() == FailureKind.DAMAGED || e.kind() == FailureKind.EMPTY, e.oneLine());
        assertTrue(e.oneLine().contains("truncated.pdf"));
    }

    @Test
    void passwordProtectedPdfIsRefusedAsEncrypted() {
        Path encrypted = TestData.path("hard-pdfs/encrypted.pdf");
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(encrypted));
        assertEquals(FailureKind.ENCRYPTED, e.kind(), e.oneLine());
    }

    @Test
    void missingFileIsNotFound() {
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(tmp.resolve("nope.pdf")));
        assertEquals(FailureKind.NOT_FOUND, e.kind());
    }

    @Test
    void realTablePdfKeepsWordGeometryInReadingOrder() throws IngestException {
        ParsedDocument doc = ingester.ingest(TestData.path("tabula-samples/twotables.pdf"));
        Page first = doc.pages().getFirst();
        assertTrue(first.lines().size() > 10);
        for (int i = 1; i < first.lines().size(); i++) {
            assertTrue(first.lines().get(i).top() >= first.lines().get(i - 1).top(), "lines run top to bottom");
        }
        for (TextLine line : first.lines()) {
            for (int i = 1; i < line.words().size(); i++) {
                assertTrue(line.words().get(i).x0() >= line.words().get(i - 1).x0(), "words run left to right");
            }
        }
    }
}
