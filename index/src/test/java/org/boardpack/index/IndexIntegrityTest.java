package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flipped byte in a segment is found by check, refused by every reader and the writer, and repaired. */
class IndexIntegrityTest {

    @TempDir
    Path tmp;

    private Path dir;

    private static PackRecord pack(String path, String text) {
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, "sha-" + path, 1, "pdf"), List.of(), List.of(),
                null, List.of(), null, null, null, List.of(new PageText(1, text)));
    }

    /** Two segments: the first file's, written and committed, then the second file's. */
    @BeforeEach
    void twoSegments() throws Exception {
        dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/first.pdf", "flu vaccination programme"));
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            w.replace(pack("/packs/second.pdf", "estates strategy"));
            w.recordFailure(new FailureRecord("/packs/bad.pdf", "b1", "damaged", "cannot parse", null, Instant.EPOCH));
        }
    }

    /** Flips one byte in the middle of the newest segment's largest file. */
    private void flipAByte() throws IOException {
        SegmentDamage.flipAByteInLargestFile(dir, "_1");
    }

    @Test
    void aSoundIndexIsSaidToBeSoundInOneLine() throws Exception {
        IndexIntegrity.Verdict v = IndexIntegrity.check(dir);
        assertTrue(v.sound(), v.line());
        assertEquals(2, v.segments());
        assertTrue(v.line().startsWith("sound: the index " + dir + " holds "), v.line());
        assertFalse(v.line().contains("\n"));
    }

    @Test
    void aFlippedByteIsFoundByCheckAndRefusedByEveryReaderAndTheWriter() throws Exception {
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("estates", 10, "", "").size()); // verified, and noted as verified
        }
        flipAByte();

        IndexIntegrity.Verdict v = IndexIntegrity.check(dir);
        assertFalse(v.sound());
        assertEquals(1, v.damagedSegments());
        assertTrue(v.line().startsWith("DAMAGED: the index " + dir + " has 1 damaged segment(s) of 2"), v.line());
        assertTrue(v.line().contains("boardpack check --repair"), v.line());

        DamagedIndexException search = assertThrows(DamagedIndexException.class, () -> new PackSearcher(dir));
        assertTrue(search.getMessage().contains(DamagedIndexException.ADVICE), search.getMessage());
        assertThrows(DamagedIndexException.class, () -> IndexedFailures.read(dir));
        assertThrows(DamagedIndexException.class, () -> new PackIndexWriter(dir, "v1"));
        // the refused writer let go of the lock: a second attempt is refused for the damage again
        assertThrows(DamagedIndexException.class, () -> new PackIndexWriter(dir, "v1"));
    }

    @Test
    void repairDropsTheDamagedSegmentAndKeepsTheRest() throws Exception {
        flipAByte();

        IndexIntegrity.Verdict found = IndexIntegrity.repair(dir);

        assertFalse(found.sound());
        assertTrue(found.documentsLost() > 0);
        assertTrue(IndexIntegrity.check(dir).sound());
        try (PackSearcher s = new PackSearcher(dir)) {
            assertEquals(1, s.search("vaccination", 10, "", "").size(), "the intact segment is kept");
            assertTrue(s.search("estates", 10, "", "").isEmpty(), "the damaged one is gone, to be read again");
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            assertEquals(java.util.Set.of("/packs/first.pdf"), w.paths(), "ingest sees the lost file as new");
        }
    }
}
