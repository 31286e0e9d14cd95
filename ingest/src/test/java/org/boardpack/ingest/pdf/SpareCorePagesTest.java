package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.SpareCores;
import org.boardpack.ingest.fixtures.DrawnPdf;
import org.boardpack.ingest.fixtures.HostileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long PDF read with a spare core gives the document read on one thread, page for page. */
class SpareCorePagesTest {

    @TempDir
    Path tmp;

    private static PdfLayoutReader reader(SpareCores cores) {
        return new PdfLayoutReader(5_000, ScannedPageReader.NOT_REQUESTED, DecodeBudget.DEFAULTS, cores);
    }

    @Test
    void aLongDrawnPdfReadsTheSameWithASpareCore() throws Exception {
        DrawnPdf drawn = new DrawnPdf();
        for (int p = 1; p <= 40; p++) {
            if (p > 1) {
                drawn.newPage();
            }
            drawn.text(72, 60, "Page " + p + " running header", 8, false)
                    .text(72, 100, "Minutes of the meeting, item " + p, 14, true)
                    .text(72, 130, "The committee noted the report on page " + p + " and agreed it.")
                    .line(72, 150, 520, 150)
                    .grid(new float[] {72, 200, 400}, new float[] {170, 190, 210})
                    .text(80, 185, "Cell " + p);
        }
        Path file = drawn.save(tmp.resolve("long.pdf"));

        ParsedDocument alone = reader(SpareCores.NONE).read(file, "0", Deadline.none());
        for (int run = 0; run < 3; run++) {
            ParsedDocument helped = reader(new SpareCores(2)).read(file, "0", Deadline.none());
            assertEquals(40, helped.pageCount());
            assertEquals(alone, helped);
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("boardpack-pages-")),
                "a helper was started on the spare core");
    }

    @Test
    void hostileFilesGiveTheSameOutcomeWithASpareCore() throws Exception {
        Path file = HostileFiles.miscountedPageTree(tmp.resolve("tree.pdf"), 20, 25);
        ParsedDocument alone = reader(SpareCores.NONE).read(file, "0", Deadline.none());
        assertEquals(alone, reader(new SpareCores(2)).read(file, "0", Deadline.none()));

        Path bomb = HostileFiles.bombPdf(tmp.resolve("bomb.pdf"), 64);
        IngestException e = assertThrows(IngestException.class, () -> new PdfLayoutReader(5_000,
                ScannedPageReader.NOT_REQUESTED, new DecodeBudget(16L << 20, 1L << 30), new SpareCores(2))
                .read(bomb, "0", Deadline.none()));
        assertEquals(FailureKind.RESOURCE_LIMIT, e.kind());
    }
}
