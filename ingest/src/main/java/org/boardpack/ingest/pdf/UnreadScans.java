package org.boardpack.ingest.pdf;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.TextLine;

/** Scanned and garbled pages left without text, with what the user can do about each. */
record UnreadScans(String remedy, String garbledRemedy) implements ScannedPageReader {

    @Override
    public List<TextLine> read(PDDocument pdf, int index, Path file) {
        return List.of();
    }
}
