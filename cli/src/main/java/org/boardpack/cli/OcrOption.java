package org.boardpack.cli;

import org.boardpack.ingest.pdf.ScannedPageReader;
import picocli.CommandLine.Option;

/** {@code --ocr}: read scanned pages (no text layer) and garbled ones (junk text layer) with Tesseract, when it is installed. */
final class OcrOption {

    @Option(names = "--ocr", description = "OCR the pages that have no text layer (scans) or a garbled one with "
            + "Tesseract, when it is installed (apt-get install tesseract-ocr); slow: seconds per page.")
    boolean ocr;

    ScannedPageReader scannedPages() {
        return ScannedPageReader.forRequest(ocr);
    }
}
