package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FilledArea;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ResourceExhaustion;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;

/**
 * Reads pages of one open PDF into words, lines, rulings and fills, one page at a time, keeping what
 * a run of pages shares: the word collector (with its fonts' styles), what the pages drew besides
 * text, and which pages were garbled. Not thread-safe, like the {@link PDDocument} it reads: a
 * thread reading pages of the same file at the same time has its own, on its own document.
 */
final class PageReader implements PageChunks.Source {

    private static final RulingMerger RULINGS = new RulingMerger();

    private final PDDocument pdf;
    private final Path file;
    private final ScannedPageReader scans;
    private final Deadline deadline;
    private final WordCollector collector;
    private final LineGrouping lineBuilder = new LineGrouping();
    private final GarbledPages garbled = new GarbledPages();

    PageReader(PDDocument pdf, Path file, ScannedPageReader scans, Deadline deadline) {
        this.pdf = pdf;
        this.file = file;
        this.scans = scans;
        this.deadline = deadline;
        this.collector = new WordCollector(deadline);
    }

    /** The document read. */
    PDDocument document() {
        return pdf;
    }

    /** What the pages read so far drew besides text. */
    DrawnMarks marks() {
        return collector.marks();
    }

    /** The pages read so far whose text layer is garbled. */
    GarbledPages garbled() {
        return garbled;
    }

    /** Page {@code n} (1-based), its deadline checked first. */
    @Override
    public Page read(int n) throws IngestException {
        deadline.check(file, n);
        PDPage page;
        try {
            page = pdf.getPage(n - 1);
        } catch (IllegalStateException e) {
            // PDFBox walks the page tree for each page: a tree that loops, or whose /Count promises
            // more pages than its kids hold, fails here (found by fuzzing)
            throw new IngestException(FailureKind.DAMAGED, file, n, "its page tree is broken: page " + n
                    + " cannot be found in it (" + PdfLayoutReader.describe(e) + ")", e);
        }
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        PDRectangle box = page.getCropBox();
        List<Word> words;
        GlyphCount glyphs;
        List<Ruling> rulings;
        List<FilledArea> fills;
        PageFrame frame;
        try {
            collector.beginPage();
            collector.read(pdf, page);
            words = collector.takeWords();
            glyphs = collector.glyphCount();
            // words come in the frame where the page's text reads left to right; so must the lines
            frame = PageFrame.of(box, collector.textDirection(rotation));
            rulings = RULINGS.merge(collector.rulings(frame));
            fills = collector.fills(frame);
        } catch (WordCollector.DeadlinePassed e) {
            collector.takeWords();
            throw deadline.exceeded(file, n);
        } catch (StackOverflowError e) {
            collector.takeWords();
            throw ResourceExhaustion.failure(file, n, e);
        } catch (IOException | RuntimeException e) {
            collector.takeWords();
            throw new IngestException(FailureKind.DAMAGED, file, n, "PDFBox cannot read the page's content: "
                    + PdfLayoutReader.describe(e), e);
        }
        GarbledTextCheck.Verdict verdict = GarbledTextCheck.judge(words, glyphs);
        if (verdict.garbled()) {
            garbled.add(n, verdict);
        }
        List<TextLine> lines = words.isEmpty() || verdict.garbled() ? scans.read(pdf, n - 1, file)
                : lineBuilder.build(words);
        return new Page(n, frame.displayWidth(), frame.displayHeight(), rotation, lines, rulings, fills);
    }
}
