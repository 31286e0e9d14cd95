package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file without text is called a scan only when it draws pictures; damaged and blank files are said to be so. */
class NoTextVerdictTest {

    @TempDir
    Path tmp;

    @Test
    void pagesWhoseContentCannotBeFoundAreDamagedNotScanned() throws Exception {
        Path pdf = HostileFiles.pagesWithoutContent(tmp.resolve("damaged.pdf"), true);
        IngestException e = assertThrows(IngestException.class, () -> new PdfLayoutReader().read(pdf, "0", Deadline.none()));
        assertEquals(FailureKind.DAMAGED, e.kind(), e.oneLine());
        assertFalse(e.getMessage().contains("--ocr"), e.getMessage());
    }

    @Test
    void pagesWithNoContentAtAllAreBlank() throws Exception {
        Path pdf = HostileFiles.pagesWithoutContent(tmp.resolve("blank.pdf"), false);
        IngestException e = assertThrows(IngestException.class, () -> new PdfLayoutReader().read(pdf, "0", Deadline.none()));
        assertEquals(FailureKind.EMPTY, e.kind(), e.oneLine());
        assertEquals("its 2 pages are blank: no content at all", e.getMessage());
    }
}
