package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page tree's /Count never hides or invents pages: the kids are the pages. */
class PageTreeCountTest {

    @TempDir
    Path tmp;

    @Test
    void aCountOfOneOverManyKidsReadsEveryKid() throws Exception {
        Path pdf = HostileFiles.miscountedPageTree(tmp.resolve("short.pdf"), 30, 1);
        ParsedDocument doc = new PdfLayoutReader().read(pdf, "0", Deadline.none());
        assertEquals(30, doc.pageCount());
        assertTrue(doc.pages().getLast().lines().getFirst().text().contains("Page 30 of the minutes"));
    }

    @Test
    void aCountOverTheKidsReadsTheKidsOnly() throws Exception {
        Path pdf = HostileFiles.miscountedPageTree(tmp.resolve("long.pdf"), 3, 20);
        ParsedDocument doc = new PdfLayoutReader().read(pdf, "0", Deadline.none());
        assertEquals(3, doc.pageCount());
    }

    @Test
    void thePageLimitCountsTheKidsNotTheCount() throws Exception {
        Path pdf = HostileFiles.miscountedPageTree(tmp.resolve("many.pdf"), 20, 1);
        IngestException e = assertThrows(IngestException.class,
                () -> new PdfLayoutReader(10, ScannedPageReader.NOT_REQUESTED).read(pdf, "0", Deadline.none()));
        assertEquals(FailureKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("the PDF has 20 pages"), e.getMessage());
    }
}
