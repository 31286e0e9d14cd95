package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.ocr.TesseractOcr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan: the first page of a corpus pack rasterised into an image-only PDF. Without OCR it is
 * refused with the way to read it; with OCR (where Tesseract is installed) its words come back.
 */
class ScannedPagesTest {

    @TempDir
    Path tmp;

    private Path pack;
    private Path scan;

    @BeforeEach
    void scanFirstPage() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs"))) {
            pack = s.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }
        scan = tmp.resolve("scanned.pdf");
        try (PDDocument source = Loader.loadPDF(pack.toFile()); PDDocument out = new PDDocument()) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 200, ImageType.GRAY);
            PDRectangle size = source.getPage(0).getMediaBox();
            PDPage page = new PDPage(new PDRectangle(size.getWidth(), size.getHeight()));
            out.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(out, image);
            try (PDPageContentStream content = new PDPageContentStream(out, page)) {
                content.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
            }
            out.save(scan.toFile());
        }
    }

    @Test
    void withoutOcrAScanIsRefusedWithHowToReadIt() {
        IngestException e = assertThrows(IngestException.class, () -> new FileIngester().ingest(scan));
        assertEquals(FailureKind.NO_TEXT_LAYER, e.kind());
        assertEquals("its one page is a scanned page with no text; re-run with --ocr to read it", e.getMessage());
    }

    @Test
    void withOcrButNoTesseractTheReasonSaysHowToInstallIt() {
        TesseractOcr missing = new TesseractOcr("eng", tmp.resolve("no-tesseract-here").toString());
        FileIngester ingester = new FileIngester(IngestLimits.DEFAULTS, ScannedPageReader.forRequest(true, missing));
        IngestException e = assertThrows(IngestException.class, () -> ingester.ingest(scan));
        assertEquals(FailureKind.NO_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().endsWith("scanned page with no text; install Tesseract (apt-get install tesseract-ocr) "
                + "and re-run with --ocr"), e.getMessage());
    }

    @Test
    void withOcrTheScansWordsAreReadWhereTheyStand() throws Exception {
        TesseractOcr tesseract = new TesseractOcr();
        Assumptions.assumeTrue(tesseract.installed(), "Tesseract is not installed here");
        ParsedDocument read = new FileIngester(IngestLimits.DEFAULTS, ScannedPageReader.forRequest(true, tesseract))
                .ingest(scan);
        ParsedDocument original = new FileIngester().ingest(pack);
        Set<String> printed = words(original.pages().getFirst().text());
        Set<String> recognised = words(read.pages().getFirst().text());
        long found = printed.stream().filter(recognised::contains).count();
        assertTrue(found >= printed.size() * 0.8, "OCR found " + found + " of " + printed.size() + " words: "
                + read.pages().getFirst().text());
        // boxes in page points: the first line sits near where the printed one does
        float printedTop = original.pages().getFirst().lines().getFirst().top();
        float readTop = read.pages().getFirst().lines().getFirst().top();
        assertEquals(printedTop, readTop, 12f, "first line's top");
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).collect(Collectors.toSet());
    }
}
