package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.DocumentReader;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.IngestLimits;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ResourceExhaustion;
import org.boardpack.ingest.SpareCores;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.layout.RunningTextDetector;

/**
 * Reads a PDF into pages of words and lines with PDFBox. Failures are typed: a password-protected
 * file is {@code ENCRYPTED}, a file PDFBox cannot parse is {@code DAMAGED} (with the page when the
 * damage is inside one page), a file with pages but no text anywhere is {@code NO_TEXT_LAYER}, one
 * with more pages than the limit is {@code TOO_LARGE}. Pages without a text layer go to the
 * {@link ScannedPageReader} (OCR, when asked for); so do pages whose text layer is garbled
 * ({@link GarbledTextCheck}), and a file mostly of those is {@code GARBLED_TEXT_LAYER}
 * ({@link GarbledPages} says why a few are dropped rather than refused).
 *
 * <p>Hostile files cost bounded time and memory: streams that inflate past a {@link DecodeBudget}
 * are refused before any page is read ({@link DecodedStreamCheck}), a page tree's counts are made
 * to agree with its kids ({@link PageTreeCounts}), and running out of heap or stack while reading
 * is a {@code RESOURCE_LIMIT} failure of this file ({@link ResourceExhaustion}).
 *
 * <p>Pages are read by a {@link PageReader}; a long file borrows a spare core of the run for some
 * of them ({@link PageChunks}).
 */
public final class PdfLayoutReader implements DocumentReader {

    /** Decoded streams stay in memory up to this size, then spill to temporary files. */
    private static final long STREAM_MEMORY = 64L * 1024 * 1024;

    private final OutlineReader outlines = new OutlineReader();
    private final RunningTextDetector runningText = new RunningTextDetector();
    private final int maxPages;
    private final ScannedPageReader scans;
    private final DecodedStreamCheck decodeCheck;
    private final SpareCores cores;
    private ExecutorService helpers;

    /** The default page limit; scanned pages left unread. */
    public PdfLayoutReader() {
        this(IngestLimits.DEFAULTS.maxPages(), ScannedPageReader.NOT_REQUESTED);
    }

    /**
     * @param maxPages a PDF with more pages is refused before any page is parsed
     * @param scans    what to do with pages that have no text layer
     */
    public PdfLayoutReader(int maxPages, ScannedPageReader scans) {
        this(maxPages, scans, DecodeBudget.DEFAULTS);
    }

    /** @param budget a PDF whose streams inflate past it is refused before any page is read */
    public PdfLayoutReader(int maxPages, ScannedPageReader scans, DecodeBudget budget) {
        this(maxPages, scans, budget, SpareCores.NONE);
    }

    /**
     * @param cores the run's cores not busy with a file: a long PDF reads some of its pages on one
     *              while it is spare ({@link PageChunks}), with the same pages as read on one thread
     */
    public PdfLayoutReader(int maxPages, ScannedPageReader scans, DecodeBudget budget, SpareCores cores) {
        this.maxPages = maxPages;
        this.scans = scans;
        this.decodeCheck = new DecodedStreamCheck(budget);
        this.cores = cores;
    }

    @Override
    public ParsedDocument read(Path file, String sha256, Deadline deadline) throws IngestException {
        try (PDDocument pdf = open(file)) {
            decodeCheck.check(pdf, file, deadline);
            // the kids are the pages: a /Count that says otherwise must not hide or invent any
            int count = PageTreeCounts.recount(pdf.getPages().getCOSObject()).pages();
            if (count == 0) {
                throw new IngestException(FailureKind.EMPTY, file, "the PDF has no pages");
            }
            if (count > maxPages) {
                // the count is the page tree's own: known without parsing any page
                throw new IngestException(FailureKind.TOO_LARGE, file, null, String.format(Locale.ROOT,
                        "the PDF has %,d pages, over the %,d-page limit; raise --max-pages", count, maxPages), null);
            }
            PageReader reader = new PageReader(pdf, file, scans, deadline);
            PageChunks.Read<PageReader> read = PageChunks.read(count, reader, cores, helpers(), copies(file, deadline));
            if (read.helper() != null) {
                reader.marks().addAll(read.helper().marks());
                reader.garbled().addAll(read.helper().garbled());
            }
            List<Page> pages = new ArrayList<>(read.pages());
            reader.garbled().refuseIfMostlyGarbled(file, pages, scans);
            if (pages.stream().noneMatch(Page::hasText)) {
                throw withoutText(pdf, file, count, reader.marks());
            }
            String[] labels = outlines.labels(pdf);
            if (labels != null) {
                for (int i = 0; i < pages.size() && i < labels.length; i++) {
                    pages.set(i, pages.get(i).withLabel(labels[i]));
                }
            }
            return new ParsedDocument(file, sha256, "pdf", producer(pdf), runningText.mark(pages),
                    outlines.outline(pdf));
        } catch (InvalidPasswordException e) {
            throw new IngestException(FailureKind.ENCRYPTED, file, null,
                    "the PDF is encrypted and needs a password to open", e);
        } catch (IOException e) {
            throw new IngestException(FailureKind.DAMAGED, file, null,
                    "PDFBox cannot parse it: " + describe(e), e);
        } catch (RuntimeException e) {
            // PDFBox reports some malformed structures (looping references, bad numbers) this way
            throw new IngestException(FailureKind.DAMAGED, file, null,
                    "PDFBox cannot parse it: " + describe(e), e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw ResourceExhaustion.failure(file, null, e);
        }
    }

    private static PDDocument open(Path file) throws IOException {
        PDDocument pdf = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(STREAM_MEMORY).streamCache);
        pdf.setResourceCache(new FontKeepingCache());
        return pdf;
    }

    /** Another copy of the document for a helper thread, with its own reader. */
    private PageChunks.Copies<PageReader> copies(Path file, Deadline deadline) {
        return new PageChunks.Copies<>() {
            @Override
            public PageReader open() throws IOException {
                return new PageReader(PdfLayoutReader.open(file), file, scans, deadline);
            }

            @Override
            public void close(PageReader copy) throws IOException {
                copy.document().close();
            }
        };
    }

    /** The helper threads for pages read on a spare core, started with the first file that borrows one. */
    private synchronized ExecutorService helpers() {
        if (cores == SpareCores.NONE) {
            return null;
        }
        if (helpers == null) {
            AtomicInteger n = new AtomicInteger();
            // daemon, and gone when idle: a reader is not closed, and a run's last file must not keep the JVM up
            helpers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "boardpack-pages-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return helpers;
    }

    /**
     * A file with no text on any page: scanned when its pages draw pictures OCR could read; damaged
     * when they have content that draws nothing (a broken or missing content stream); blank when
     * they have no content at all. Only a scan is told to re-run with OCR.
     */
    private IngestException withoutText(PDDocument pdf, Path file, int count, DrawnMarks marks) {
        if (marks.anyPicture()) {
            return new IngestException(FailureKind.NO_TEXT_LAYER, file, null,
                    (count == 1 ? "its one page is a scanned page" : "its " + count + " pages are scanned pages")
                            + " with no text; " + scans.remedy(), null);
        }
        boolean contentGiven = false;
        for (PDPage page : pdf.getPages()) {
            contentGiven |= page.getCOSObject().getItem(COSName.CONTENTS) != null;
        }
        if (contentGiven) {
            return new IngestException(FailureKind.DAMAGED, file, null, "its pages have content that draws no text"
                    + " and no image: the content streams are damaged or cannot be found in the file", null);
        }
        return new IngestException(FailureKind.EMPTY, file, null,
                (count == 1 ? "its one page is blank" : "its " + count + " pages are blank") + ": no content at all",
                null);
    }

    private static String producer(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String producer = info.getProducer();
        if (producer == null || producer.isBlank()) {
            producer = info.getCreator();
        }
        return producer == null || producer.isBlank() ? null : producer.strip();
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg.strip();
    }
}
