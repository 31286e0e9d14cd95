package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.tika.Tika;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that change, exhaust the heap or the stack, or are too big: each a typed failure of its
 * own file, decided at the cheapest point.
 */
class FileIngesterHostileTest {

    @TempDir
    Path tmp;

    private Path pdf() throws IOException {
        return HostileFiles.miscountedPageTree(tmp.resolve("minutes.pdf"), 1, 1);
    }

    private static FileIngester withReader(DocumentReader reader) {
        return new FileIngester(new Tika(), reader);
    }

    @Test
    void runningOutOfHeapIsAResourceLimitOfThatFile() throws Exception {
        Path pdf = pdf();
        // thrown, not provoked: the tests' JVM is shared (the child-JVM test of the batch fills a real heap)
        IngestException e = assertThrows(IngestException.class, () -> withReader((f, sha, d) -> {
            throw new OutOfMemoryError("Java heap space");
        }).ingest(pdf));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertTrue(e.getMessage().startsWith("reading it needed more memory than the Java heap of "), e.getMessage());
        assertEquals(1, new FileIngester().ingest(pdf).pageCount(), "the next file is read");
    }

    @Test
    void overflowingTheStackIsAResourceLimitOfThatFile() throws Exception {
        Path pdf = pdf();
        IngestException e = assertThrows(IngestException.class,
                () -> withReader((f, sha, d) -> deeper(0)).ingest(pdf));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
        assertTrue(e.getMessage().contains("stack overflow"), e.getMessage());
    }

    private static ParsedDocument deeper(int n) {
        return n < Integer.MAX_VALUE ? deeper(n + 1) : null;
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsNotIndexed() throws Exception {
        Path pdf = pdf();
        IngestException e = assertThrows(IngestException.class, () -> withReader((f, sha, d) -> {
            try {
                Files.writeString(f, "% appended by a copy still arriving\n", StandardOpenOption.APPEND);
            } catch (IOException io) {
                throw new AssertionError(io);
            }
            return new FileIngester().ingest(f);
        }).ingest(pdf));
        assertEquals(FailureKind.CHANGED_WHILE_READ, e.kind());
        assertTrue(e.getMessage().contains("it is read again on the next run"), e.getMessage());
    }

    @Test
    void theSizeLimitIsCheckedBeforeAByteIsRead() throws Exception {
        Path huge = tmp.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(3L << 30); // sparse: 3 GB that would take seconds to hash
        }
        FileIngester ingester = withReader((f, sha, d) -> {
            throw new AssertionError("never read");
        });
        long start = System.nanoTime();
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(huge));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused without hashing");
        IngestException admitted = assertThrows(IngestException.class,
                () -> FileIngester.admit(huge, IngestLimits.DEFAULTS));
        assertEquals(FailureKind.TOO_LARGE, admitted.kind());
    }

    @Test
    void aFileAlreadyHashedIsReadWithItsDigestNotHashedAgain() throws Exception {
        Path pdf = pdf();
        // a digest no hash of these bytes gives: the reader receives it only if the ingester did not hash again
        AdmittedFile admitted = new AdmittedFile(pdf, FileIngester.admit(pdf, IngestLimits.DEFAULTS), "given-digest");
        String[] seen = new String[1];
        withReader((f, sha, d) -> {
            seen[0] = sha;
            return new ParsedDocument(f, sha, "pdf", null, java.util.List.of());
        }).ingest(admitted, Deadline.none());
        assertEquals("given-digest", seen[0]);
        assertEquals(FileIngester.sha256(pdf), AdmittedFile.of(pdf, IngestLimits.DEFAULTS).sha256());
    }

    @Test
    void aFileChangedAfterItWasHashedIsNotIndexed() throws Exception {
        Path pdf = pdf();
        AdmittedFile admitted = AdmittedFile.of(pdf, IngestLimits.DEFAULTS);
        // the copy grows between the hash (for the index's question) and the read: the digest is stale
        Files.writeString(pdf, "% appended by a copy still arriving\n", StandardOpenOption.APPEND);
        IngestException e = assertThrows(IngestException.class, () -> new FileIngester().ingest(admitted, Deadline.none()));
        assertEquals(FailureKind.CHANGED_WHILE_READ, e.kind());
    }
}
