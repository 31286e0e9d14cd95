package org.boardpack.ingest.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.ocr.TesseractOcr;
import org.xml.sax.SAXException;

/**
 * Reads a scanned page by rendering it with PDFBox and running Tesseract on the image. The words
 * keep their boxes, scaled back to points in the page's displayed frame (the renderer applies
 * /Rotate), so they enter the same line grouping as a born-digital page.
 */
final class OcrPageReader implements ScannedPageReader {

    /** Tesseract's accuracy levels off at about 300 dpi for body text; more only costs time and memory. */
    static final int DPI = 300;

    private final TesseractOcr tesseract;
    private final int dpi;

    OcrPageReader(TesseractOcr tesseract, int dpi) {
        this.tesseract = tesseract;
        this.dpi = dpi;
    }

    @Override
    public List<TextLine> read(PDDocument pdf, int index, Path file) throws IngestException {
        BufferedImage image;
        try {
            // grey is enough for OCR and a third of the memory of colour at this size
            image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new IngestException(FailureKind.DAMAGED, file, index + 1,
                    "PDFBox cannot render the scanned page for OCR: " + e.getMessage(), e);
        }
        try {
            return new LineGrouping().build(tesseract.words(image, 72f / dpi));
        } catch (IOException | TikaException | SAXException e) {
            // Tesseract itself failed (crashed, timed out): not the file's fault, so not "damaged"
            throw new IngestException(FailureKind.EXTRACTION_FAILED, file, index + 1,
                    "Tesseract failed on the scanned page: " + e.getMessage(), e);
        }
    }

    @Override
    public String remedy() {
        return "OCR found no text on them either";
    }
}
