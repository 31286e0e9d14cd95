package org.boardpack.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indexed PDF damaged on disk after it was indexed is a 422 naming the file and page, never a
 * server failure (one gone from disk is {@link IndexedFiles#require}'s 404).
 */
class PageImagesTest {

    @TempDir
    Path dir;

    @Test
    void aFileDamagedSinceIndexingIsAClearUnreadableAnswer() throws Exception {
        Path pdf = Files.writeString(dir.resolve("minutes.pdf"), "%PDF-1.7\nthis is not a PDF body\n", StandardCharsets.US_ASCII);
        HttpProblem e = assertThrows(HttpProblem.class, () -> new PageImages().png(pdf, 3, null));
        assertEquals(422, e.status());
        assertTrue(e.getMessage().startsWith("page 3 of " + pdf + " cannot be drawn: "), e.getMessage());
    }

}
