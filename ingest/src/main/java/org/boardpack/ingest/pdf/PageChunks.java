package org.boardpack.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.SpareCores;

/**
 * Reads the pages of one PDF in chunks of a few pages taken in order from a shared counter: by the
 * calling thread and, while a core is spare ({@link SpareCores}), by one helper thread with its own
 * reader on its own copy of the document (a PDFBox document is not thread-safe). The helper is
 * offered at each chunk the calling thread takes, so a long file that started while every core was
 * busy borrows one as soon as another file is done. Pages are put back in page order, and the
 * outcome is the one reading them all in order on one thread gives: the first page (in page order)
 * that fails is the failure; a chunk the helper could not read for a reason of its own (its copy
 * would not open, it ran out of memory) is read again by the calling thread.
 */
final class PageChunks<R extends PageChunks.Source> {

    /** Pages a thread takes at a time: small enough to share the tail of a file evenly. */
    static final int CHUNK = 4;

    /** Files shorter than this are read on one thread: a second copy of the document costs more than it saves. */
    static final int MIN_PAGES = 3 * CHUNK;

    /** Reads page {@code n} (1-based) of one copy of the document; used by one thread at a time. */
    interface Source {
        Page read(int n) throws IngestException;
    }

    /** Opens the helper's own source; closed when the helper stops. */
    interface Copies<R extends Source> {
        R open() throws Exception;

        void close(R source) throws Exception;
    }

    /** The pages in order, and the helper's source once it stopped ({@code null} if none helped). */
    record Read<R>(List<Page> pages, R helper, int helperChunks) {
    }

    /** A chunk the helper gave up on, to be read by the calling thread. */
    private static final Object READ_AGAIN = new Object();

    private final int count;
    private final Object[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger helperChunks = new AtomicInteger();
    private volatile boolean failed;

    private PageChunks(int count) {
        this.count = count;
        this.results = new Object[(count + CHUNK - 1) / CHUNK];
    }

    /**
     * Pages 1 to {@code count}: read by {@code main} on this thread, helped while a core is spare.
     *
     * @param helpers runs the helper; {@code null} reads every page on this thread
     */
    static <R extends Source> Read<R> read(int count, R main, SpareCores cores, ExecutorService helpers,
            Copies<R> copies) throws IngestException {
        PageChunks<R> chunks = new PageChunks<>(count);
        Future<R> helper = null;
        boolean offer = helpers != null && count >= MIN_PAGES;
        for (int c; (c = chunks.take()) >= 0; ) {
            if (offer && helper == null && chunks.left() >= 1 && cores.tryTake()) {
                helper = helpers.submit(() -> chunks.help(copies, cores));
            }
            chunks.readChunk(c, main);
        }
        R helped = finish(helper);
        return new Read<>(chunks.inOrder(main), helped, chunks.helperChunks.get());
    }

    private int take() {
        if (failed) {
            return -1;
        }
        int c = next.getAndIncrement();
        return c < results.length ? c : -1;
    }

    private int left() {
        return Math.max(0, results.length - next.get());
    }

    /** Reads chunk {@code c}; a page that fails ends the taking of chunks, as it ends a reading in order. */
    private void readChunk(int c, Source reader) {
        List<Page> pages = new ArrayList<>(CHUNK);
        try {
            for (int n = c * CHUNK + 1; n <= Math.min(count, (c + 1) * CHUNK); n++) {
                pages.add(reader.read(n));
            }
            results[c] = pages;
        } catch (IngestException e) {
            results[c] = e;
            failed = true;
        }
    }

    /** The helper's loop on its own copy; gives back the core it borrowed. */
    private R help(Copies<R> copies, SpareCores cores) throws Exception {
        try {
            R source = copies.open();
            try {
                for (int c; (c = take()) >= 0; ) {
                    try {
                        readChunk(c, source);
                        helperChunks.incrementAndGet();
                    } catch (RuntimeException | Error e) {
                        // not a failure of the file: the calling thread reads this chunk again
                        results[c] = READ_AGAIN;
                        break;
                    }
                }
                return source;
            } finally {
                closeQuietly(copies, source);
            }
        } finally {
            cores.giveBack();
        }
    }

    private static <R extends Source> void closeQuietly(Copies<R> copies, R source) {
        try {
            copies.close(source);
        } catch (Exception e) {
            // the pages it read stand; a copy that will not close is released with the reader
        }
    }

    /** The helper's source once it has stopped, or {@code null} when there was none or its copy would not open. */
    private static <R> R finish(Future<R> helper) {
        if (helper == null) {
            return null;
        }
        try {
            return helper.get();
        } catch (ExecutionException e) {
            return null; // its copy would not open: it took no chunk
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a helper read pages", e);
        }
    }

    /** The pages in order; the first failed chunk in page order is the file's failure. */
    private List<Page> inOrder(Source main) throws IngestException {
        List<Page> pages = new ArrayList<>(count);
        for (int c = 0; c < results.length; c++) {
            if (results[c] == READ_AGAIN) {
                readChunk(c, main);
            }
            switch (results[c]) {
                case IngestException e -> throw e;
                case List<?> chunk -> chunk.forEach(p -> pages.add((Page) p));
                case null, default -> throw new IllegalStateException("chunk " + c + " of the pages was never read");
            }
        }
        return pages;
    }
}
