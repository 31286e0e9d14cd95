package org.boardpack.ingest.pdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.ocr.TesseractOcr;

/**
 * What becomes of a page with no text layer (a scan), or with a garbled one: read by OCR, or left
 * empty with the remedy the user is told when a whole file has no (readable) text.
 */
public interface ScannedPageReader {

    /** Lines read from the image of page {@code index} (0-based); empty when none could be read. */
    List<TextLine> read(PDDocument pdf, int index, Path file) throws IngestException;

    /** What the user can do about pages left without text, for the reason of a {@code NO_TEXT_LAYER}. */
    String remedy();

    /** What the user can do about pages whose garbled text was dropped, for a {@code GARBLED_TEXT_LAYER}. */
    default String garbledRemedy() {
        return remedy();
    }

    /** Scans are left unread: OCR was not asked for. */
    ScannedPageReader NOT_REQUESTED = new UnreadScans("re-run with --ocr to read it",
            "re-run with --ocr to read it by OCR");

    /**
     * OCR when asked for and Tesseract is installed; when it is not, scans stay unread and the
     * remedy says how to install it.
     */
    static ScannedPageReader forRequest(boolean ocr) {
        return forRequest(ocr, new TesseractOcr());
    }

    /** Asked for OCR where there is no Tesseract. */
    String INSTALL_TESSERACT = "install Tesseract (apt-get install tesseract-ocr) and re-run with --ocr";

    static ScannedPageReader forRequest(boolean ocr, TesseractOcr tesseract) {
        if (!ocr) {
            return NOT_REQUESTED;
        }
        return tesseract.installed() ? new OcrPageReader(tesseract, OcrPageReader.DPI)
                : new UnreadScans(INSTALL_TESSERACT, INSTALL_TESSERACT);
    }
}
