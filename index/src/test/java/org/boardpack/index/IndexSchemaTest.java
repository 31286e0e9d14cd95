package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search reads an index of the current schema or of one it can still read (3: without the names
 * of unresolved owners) and refuses older ones with the fix; the next ingest re-extracts every
 * file not of the current schema.
 */
class IndexSchemaTest {

    @TempDir
    Path tmp;

    @Test
    void aSchemaThreeIndexIsSearchedAndItsFilesAreReextracted() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1", "3")) {
            w.replace(TwoBodies.blmk());
        }
        try (PackSearcher searcher = new PackSearcher(dir)) {
            assertFalse(searcher.search(new SearchRequest("flu", SearchFilters.NONE, SearchOrder.RELEVANCE, 5, false),
                    "[", "]").hits().isEmpty());
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            IndexedFile file = w.indexedFiles().get(TwoBodies.BLMK_PATH);
            assertFalse(file.isCurrent(file.sha256()), "a file written by schema 3 is re-extracted by the next ingest");
            w.replace(TwoBodies.blmk());
        }
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1")) {
            IndexedFile file = w.indexedFiles().get(TwoBodies.BLMK_PATH);
            assertTrue(file.isCurrent(file.sha256()));
        }
    }

    @Test
    void anOlderIndexIsRefusedWithTheFix() throws Exception {
        Path dir = tmp.resolve("idx");
        try (PackIndexWriter w = new PackIndexWriter(dir, "v1", "2")) {
            w.replace(TwoBodies.blmk());
        }
        IndexException refused = assertThrows(IndexException.class, () -> new PackSearcher(dir).close());
        assertTrue(refused.getMessage().contains("boardpack ingest --force"), refused.getMessage());
    }
}
