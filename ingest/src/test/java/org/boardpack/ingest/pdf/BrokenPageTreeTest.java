package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page tree whose /Count promises a page it does not hold (as the fuzz test made them): damaged, at that page. */
class BrokenPageTreeTest {

    @TempDir
    Path tmp;

    @Test
    void aPageTheTreeCountsButDoesNotHoldIsDamageAtThatPage() throws IOException {
        Path pack;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs"))) {
            pack = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        Path broken = tmp.resolve("broken.pdf");
        int pages;
        try (PDDocument pdf = Loader.loadPDF(pack.toFile())) {
            pages = pdf.getNumberOfPages();
            pdf.getPages().getCOSObject().setInt(COSName.COUNT, pages + 1);
            pdf.save(broken.toFile());
        }
        IngestException e = assertThrows(IngestException.class, () -> new FileIngester().ingest(broken));
        assertEquals(FailureKind.DAMAGED, e.kind());
        assertEquals(pages + 1, e.page());
        assertTrue(e.getMessage().startsWith("its page tree is broken: page " + (pages + 1) + " cannot be found in it"),
                e.getMessage());
    }
}
