package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.fixtures.UnmappedFontPdf;
import org.boardpack.ingest.ocr.TesseractOcr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs whose fonts have no usable Unicode mapping: their junk text is never indexed; a file that is
 * mostly junk is refused as a garbled text layer with what to do, a few junk pages among good ones
 * are left empty, and with OCR the junk pages are read from their image.
 */
class GarbledTextLayerTest {

    static final String[] MINUTES = {
        "Minutes of the meeting of the Finance Committee held on 18 March 2014 at 7.30pm in the Village Hall.",
        "Present: Cllr N Hackett (Chairman), Cllr A Caudwell and Mrs Kay. In attendance: the Clerk.",
        "The minutes of the last meeting were agreed as a true record and signed by the chairman.",
        "The clerk reported that the building qualified for relief and that no rates were payable.",
        "It was resolved that the accounts for the year be approved and the precept set at 12,500."};

    @TempDir
    Path tmp;

    @Test
    void symbolsInPlaceOfWordsAreAGarbledTextLayer() throws Exception {
        // the letters pushed down into punctuation and control codes, as a subset font's glyph numbers
        Path file = new UnmappedFontPdf().garbledPage(UnmappedFontPdf.lowered(64), MINUTES).save(tmp.resolve("symbols.pdf"));
        IngestException e = assertThrows(IngestException.class, () -> read(file, ScannedPageReader.NOT_REQUESTED));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertEquals("its one page renders as text but its text layer is garbled (symbols in place of words; the fonts "
                + "have no usable Unicode mapping); re-run with --ocr to read it by OCR", e.getMessage());
    }

    @Test
    void lettersShiftedIntoOtherLettersAreAGarbledTextLayer() throws Exception {
        Path file = new UnmappedFontPdf().garbledPage(UnmappedFontPdf.shifted(3), MINUTES)
                .garbledPage(UnmappedFontPdf.shifted(3), MINUTES).save(tmp.resolve("shifted.pdf"));
        IngestException e = assertThrows(IngestException.class, () -> read(file, ScannedPageReader.NOT_REQUESTED));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().startsWith("all 2 pages render as text but their text layer is garbled"), e.getMessage());
    }

    @Test
    void theSameTextInAFontWithItsMappingIsRead() throws Exception {
        Path file = new UnmappedFontPdf().readablePage(MINUTES).save(tmp.resolve("readable.pdf"));
        List<TextLine> lines = read(file, ScannedPageReader.NOT_REQUESTED).pages().getFirst().lines();
        assertEquals(MINUTES[0], lines.getFirst().text());
    }

    @Test
    void aFewGarbledPagesAmongGoodOnesAreLeftEmptyAndTheRestIsRead() throws Exception {
        Path file = new UnmappedFontPdf().readablePage(MINUTES).garbledPage(UnmappedFontPdf.lowered(64), MINUTES)
                .readablePage(MINUTES).save(tmp.resolve("one-bad-page.pdf"));
        ParsedDocument doc = read(file, ScannedPageReader.NOT_REQUESTED);
        assertEquals(List.of(true, false, true), doc.pages().stream().map(p -> p.hasText()).toList());
    }

    @Test
    void garbledPagesOutnumberingGoodOnesRefuseTheFileNamingThem() throws Exception {
        Path file = new UnmappedFontPdf().readablePage(MINUTES).garbledPage(UnmappedFontPdf.lowered(64), MINUTES)
                .garbledPage(UnmappedFontPdf.lowered(64), MINUTES).save(tmp.resolve("two-bad-pages.pdf"));
        IngestException e = assertThrows(IngestException.class, () -> read(file, ScannedPageReader.NOT_REQUESTED));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().startsWith("pages 2-3 of 3 render as text but their text layer is garbled"), e.getMessage());
    }

    @Test
    void withOcrGarbledPagesAreReadFromTheirImage() throws Exception {
        Path file = new UnmappedFontPdf().readablePage(MINUTES).garbledPage(UnmappedFontPdf.lowered(64), MINUTES)
                .save(tmp.resolve("ocr.pdf"));
        ParsedDocument doc = read(file, new FixedOcr());
        assertEquals(MINUTES[0], doc.pages().get(0).lines().getFirst().text());
        assertEquals("read by OCR", doc.pages().get(1).text());
    }

    @Test
    void withOcrAskedForButNoTesseractTheReasonSaysHowToInstallIt() throws Exception {
        Path file = new UnmappedFontPdf().garbledPage(UnmappedFontPdf.lowered(64), MINUTES).save(tmp.resolve("no-ocr.pdf"));
        TesseractOcr missing = new TesseractOcr("eng", tmp.resolve("no-tesseract-here").toString());
        IngestException e = assertThrows(IngestException.class,
                () -> read(file, ScannedPageReader.forRequest(true, missing)));
        assertEquals(FailureKind.GARBLED_TEXT_LAYER, e.kind());
        assertTrue(e.getMessage().endsWith("; install Tesseract (apt-get install tesseract-ocr) and re-run with --ocr"),
                e.getMessage());
    }

    private static ParsedDocument read(Path file, ScannedPageReader scans) throws IngestException {
        return new PdfLayoutReader(IngestLimits.DEFAULTS.maxPages(), scans).read(file, "0", Deadline.none());
    }

    /** OCR that reads the same line on every page it is given: proof that the page went to it. */
    private static final class FixedOcr implements ScannedPageReader {
        @Override
        public List<TextLine> read(PDDocument pdf, int index, Path file) {
            return List.of(new TextLine(List.of(new Word("read", 56, 60, 80, 70, "OCR", 10, false),
                    new Word("by", 84, 60, 94, 70, "OCR", 10, false), new Word("OCR", 98, 60, 120, 70, "OCR", 10, false))));
        }

        @Override
        public String remedy() {
            return "OCR found no text on them either";
        }
    }
}
