package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures kept beside the records: replaced, cleared, pruned, never in the way of other files. */
class IndexFailuresTest {

    @TempDir
    Path tmp;

    private static PackRecord pack(String path, String sha, String text) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, sha, 1, "pdf"), List.of(), List.of(), null,
                List.of(), null, null, null, List.of(new PageText(1, text)));
    }

    private static FailureRecord failure(String path, String sha, String kind, String reason, Integer page) {
        return new FailureRecord(path, sha, kind, reason, page, Instant.parse("2024-03-01T02:00:00Z"));
    }

    @Test
    void aFailureIsReplacedByTheNextFailureThenBySuccessAndOtherFilesAreUntouched() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/good.pdf", "g1", "flu vaccination programme"));
            w.recordFailure(failure("/packs/bad.pdf", "b1", "damaged", "PDFBox cannot parse it", 3));
        }
        assertEquals(List.of(failure("/packs/bad.pdf", "b1", "damaged", "PDFBox cannot parse it", 3)),
                IndexedFailures.read(dir));
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.recordFailure(failure("/packs/bad.pdf", "b2", "encrypted", "needs a password", null));
            assertEquals(1, w.failures().size(), "a new failure of the same file replaces the old one");
            assertEquals("encrypted", w.failures().getFirst().kind());
            assertEquals(Set.of("/packs/good.pdf", "/packs/bad.pdf"), w.paths());
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("vaccination", 10, "", "").size(), "the good file is still searchable");
            assertTrue(s.search("password", 10, "", "").isEmpty(), "a failure is never a search hit");
            assertEquals(1, s.packRecordsJson().size(), "nor an exported record");
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/bad.pdf", "b3", "estates strategy"));
        }
        assertTrue(IndexedFailures.read(dir).isEmpty(), "the fixed file's success removes its failure");
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("estates", 10, "", "").size());
            assertEquals(1, s.search("vaccination", 10, "", "").size());
        }
    }

    @Test
    void aFailedNewVersionKeepsTheOldRecordsUntilTheFileIsFixed() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/a.pdf", "a1", "digital strategy"));
            w.recordFailure(failure("/packs/a.pdf", "a2", "damaged", "truncated", null));
            IndexedFile indexed = w.indexedFiles().get("/packs/a.pdf");
            assertTrue(indexed.isCurrent("a1"));
            assertFalse(indexed.isCurrent("a2"), "the failed version is tried again next run");
            assertEquals(1, w.failures().size());
            w.clearFailure("/packs/a.pdf");
            assertTrue(w.failures().isEmpty(), "content back to the indexed version: the failure is history");
        }
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("digital", 10, "", "").size());
        }
    }

    @Test
    void removingPathsDropsTheirRecordsAndFailuresInOneCommit() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/keep.pdf", "k", "kept paper"));
            w.replace(pack("/packs/gone.pdf", "g", "removed paper"));
            w.recordFailure(failure("/packs/gone-bad.pdf", null, "cannot be read", "permission denied", null));
            w.remove(List.of("/packs/gone.pdf", "/packs/gone-bad.pdf"));
            assertEquals(Set.of("/packs/keep.pdf"), w.paths());
        }
        assertTrue(IndexedFailures.read(dir).isEmpty());
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("paper", 10, "", "").size());
            assertEquals(1, s.packRecordsJson().size());
        }
    }
}
