package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page tree whose /Count promises a page it does not hold (as the fuzz test made them): read as the pages it holds. */
class BrokenPageTreeTest {

    @TempDir
    Path tmp;

    @Test
    void aPageTheTreeCountsButDoesNotHoldIsNotInvented() throws IOException, IngestException {
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
        assertEquals(pages, new FileIngester().ingest(broken).pageCount());
    }
}
