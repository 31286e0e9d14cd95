package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.SpareCores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Pages shared between the calling thread and a helper on a spare core come back in page order,
 * with the outcome of reading them in order on one thread: the first failing page in page order is
 * the failure, and a chunk the helper could not read for a reason of its own is read again.
 */
class PageChunksTest {

    private static final Path FILE = Path.of("pack.pdf");

    private final ExecutorService helpers = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        helpers.shutdownNow();
    }

    /** Pages by number; failing at {@code failAt} (0: never) with a page failure, or a defect if asked. */
    private static class Fake implements PageChunks.Source {
        final int failAt;
        final boolean defect;
        final CountDownLatch firstRead;
        final CountDownLatch waitFor;
        final List<Integer> read = new java.util.concurrent.CopyOnWriteArrayList<>();

        Fake(int failAt, boolean defect, CountDownLatch firstRead, CountDownLatch waitFor) {
            this.failAt = failAt;
            this.defect = defect;
            this.firstRead = firstRead;
            this.waitFor = waitFor;
        }

        @Override
        public Page read(int n) throws IngestException {
            if (read.isEmpty() && waitFor != null) {
                await(waitFor);
            }
            read.add(n);
            try {
                if (n == failAt) {
                    if (defect) {
                        throw new IllegalStateException("a defect of this copy");
                    }
                    throw new IngestException(FailureKind.DAMAGED, FILE, n, "page " + n + " is damaged", null);
                }
                return new Page(n, 595, 842, 0, List.of());
            } finally {
                if (firstRead != null) {
                    firstRead.countDown();
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "the other thread never read");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PageChunks.Copies<Fake> copies(Fake helper) {
        return new PageChunks.Copies<>() {
            @Override
            public Fake open() throws IOException {
                if (helper == null) {
                    throw new IOException("the copy will not open");
                }
                return helper;
            }

            @Override
            public void close(Fake source) {
            }
        };
    }

    private static List<Integer> numbers(List<Page> pages) {
        return pages.stream().map(Page::number).toList();
    }

    private static List<Integer> oneTo(int n) {
        return IntStream.rangeClosed(1, n).boxed().toList();
    }

    @Test
    void aHelperOnASpareCoreReadsSomeChunksAndThePagesComeBackInOrder() throws Exception {
        CountDownLatch helperRead = new CountDownLatch(1);
        Fake helper = new Fake(0, false, helperRead, null);
        Fake main = new Fake(0, false, null, helperRead); // waits until the helper has read a page
        SpareCores cores = new SpareCores(1);

        PageChunks.Read<Fake> read = PageChunks.read(30, main, cores, helpers, copies(helper));

        assertEquals(oneTo(30), numbers(read.pages()));
        assertTrue(read.helperChunks() >= 1 && !helper.read.isEmpty(), "the helper read " + helper.read);
        assertEquals(30, main.read.size() + helper.read.size(), "every page read once");
        assertTrue(cores.tryTake(), "the borrowed core is given back");
    }

    @Test
    void withoutASpareCoreOrForAShortFileEveryPageIsReadHere() throws Exception {
        Fake helper = new Fake(0, false, null, null);
        Fake main = new Fake(0, false, null, null);
        assertEquals(oneTo(30), numbers(PageChunks.read(30, main, SpareCores.NONE, helpers, copies(helper)).pages()));
        Fake shortMain = new Fake(0, false, null, null);
        PageChunks.Read<Fake> read = PageChunks.read(PageChunks.MIN_PAGES - 1, shortMain, new SpareCores(1), helpers,
                copies(helper));
        assertEquals(oneTo(PageChunks.MIN_PAGES - 1), numbers(read.pages()));
        assertTrue(helper.read.isEmpty());
        assertNull(read.helper());
    }

    @Test
    void theFirstFailingPageInPageOrderIsTheFailureWhicheverThreadReadIt() {
        CountDownLatch helperRead = new CountDownLatch(1);
        // the helper takes the second chunk (pages 5-8) and fails on page 6
        Fake helper = new Fake(6, false, helperRead, null);
        Fake main = new Fake(0, false, null, helperRead);
        IngestException e = assertThrows(IngestException.class,
                () -> PageChunks.read(30, main, new SpareCores(1), helpers, copies(helper)));
        assertEquals(6, e.page());

        CountDownLatch again = new CountDownLatch(1);
        Fake helper2 = new Fake(6, false, again, null);
        Fake mainFailingFirst = new Fake(2, false, null, again);
        IngestException first = assertThrows(IngestException.class,
                () -> PageChunks.read(30, mainFailingFirst, new SpareCores(1), helpers, copies(helper2)));
        assertEquals(2, first.page(), "page 2 fails before page 6 when read in order");
    }

    @Test
    void aChunkTheHelperCouldNotReadIsReadAgainHere() throws Exception {
        CountDownLatch helperRead = new CountDownLatch(1);
        Fake helper = new Fake(6, true, helperRead, null);
        Fake main = new Fake(0, false, null, helperRead);
        PageChunks.Read<Fake> read = PageChunks.read(30, main, new SpareCores(1), helpers, copies(helper));
        assertEquals(oneTo(30), numbers(read.pages()));
        assertTrue(main.read.containsAll(List.of(5, 6, 7, 8)), "the helper's chunk read again: " + main.read);
    }

    @Test
    void aCopyThatWillNotOpenLeavesEveryPageToThisThread() throws Exception {
        Fake main = new Fake(0, false, null, null);
        SpareCores cores = new SpareCores(1);
        PageChunks.Read<Fake> read = PageChunks.read(30, main, cores, helpers, copies(null));
        assertEquals(oneTo(30), numbers(read.pages()));
        assertEquals(30, main.read.size());
        assertTrue(cores.tryTake(), "the borrowed core is given back");
    }
}
