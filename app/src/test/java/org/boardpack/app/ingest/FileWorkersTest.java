package org.boardpack.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.boardpack.app.SamplePacks;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.DocumentReader;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.pdf.PdfLayoutReader;
import org.junit.jupiter.api.Test;

/**
 * A file whose reading never ends (as a PDF PDFBox loops on would) is given up at its deadline and
 * reported as timed out; the other files are read meanwhile on the other thread.
 */
class FileWorkersTest {

    /** Reads PDFs with PDFBox, except the one it is told hangs: that one waits until its deadline passes. */
    private record HangingOn(Path hanging, DocumentReader pdf) implements DocumentReader {
        @Override
        public ParsedDocument read(Path file, String sha256, Deadline deadline) throws org.boardpack.ingest.IngestException {
            if (file.equals(hanging)) {
                while (!deadline.passed()) {
                    Thread.onSpinWait();
                }
                deadline.check(file, 1);
            }
            return pdf.read(file, sha256, deadline);
        }
    }

    /** Reads PDFs with PDFBox once it is let go: until then every read waits. */
    private record HeldBack(java.util.concurrent.CountDownLatch go, DocumentReader pdf) implements DocumentReader {
        @Override
        public ParsedDocument read(Path file, String sha256, Deadline deadline) throws org.boardpack.ingest.IngestException {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return pdf.read(file, sha256, deadline);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120) // without the clock the held-back file would wait for ever
    void theSinkHearsTheClockWhileEveryWorkerIsBusy() throws Exception {
        List<Path> packs = SamplePacks.smallest(1);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        PackPipeline pipeline = new PackPipeline(new FileIngester(new Tika(), new HeldBack(go, new PdfLayoutReader())),
                new PackExtractor());
        FileUpdater updater = new FileUpdater(() -> pipeline, Map.of(), false);
        List<String> heard = new ArrayList<>();
        FileWorkers.Sink sink = new FileWorkers.Sink() {
            @Override
            public void accept(FileOutcome outcome) {
                heard.add("file");
            }

            @Override
            public void idle() {
                heard.add("idle");
                go.countDown(); // the file is only let go once the sink has been called without it
            }
        };
        try (FileWorkers workers = new FileWorkers(updater, 1, Duration.ofSeconds(60), Duration.ofMillis(20))) {
            workers.run(packs, sink);
        }
        assertEquals("idle", heard.getFirst(), heard.toString());
        assertEquals("file", heard.getLast(), heard.toString());
        assertEquals(1, heard.stream().filter("file"::equals).count(), heard.toString());
    }

    @Test
    void aHangingFileTimesOutAndTheOthersAreRead() throws Exception {
        List<Path> packs = SamplePacks.smallest(3);
        Path hanging = packs.get(1);
        PackPipeline pipeline = new PackPipeline(new FileIngester(new Tika(), new HangingOn(hanging, new PdfLayoutReader())),
                new PackExtractor());
        FileUpdater updater = new FileUpdater(() -> pipeline, Map.of(), false);
        List<FileOutcome> outcomes = new ArrayList<>();
        // generous: the other packs (about 20 pages each) must finish well inside it even on a busy machine
        try (FileWorkers workers = new FileWorkers(updater, 2, Duration.ofSeconds(10))) {
            workers.run(packs, outcomes::add);
        }

        assertEquals(3, outcomes.size(), outcomes.toString());
        for (FileOutcome o : outcomes) {
            if (o.key().equals(hanging.toAbsolutePath().normalize().toString())) {
                FileOutcome.Failed f = assertInstanceOf(FileOutcome.Failed.class, o);
                assertEquals(FailureKind.TIMED_OUT, f.error().kind());
                assertTrue(f.error().getMessage().startsWith("parsing and extraction took longer than 10 s"),
                        f.error().getMessage());
            } else {
                FileOutcome.Extracted x = assertInstanceOf(FileOutcome.Extracted.class, o);
                assertTrue(x.record().source().pages() > 0);
            }
        }
    }

    /** Records, for each file, whether a core could be borrowed while it was in flight. */
    private record Borrowing(org.boardpack.ingest.SpareCores cores, java.util.concurrent.CyclicBarrier together,
            List<Boolean> borrowed) implements FileWorkers.Worker {
        @Override
        public FileOutcome update(Path file, Deadline deadline) {
            try {
                if (file.getFileName().toString().startsWith("both")) {
                    together.await(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            boolean took = cores.tryTake();
            if (took) {
                cores.giveBack();
            }
            synchronized (borrowed) {
                borrowed.add(took);
            }
            if (file.getFileName().toString().startsWith("both")) {
                try {
                    together.await(10, java.util.concurrent.TimeUnit.SECONDS); // neither ends before both looked
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return new FileOutcome.Unchanged(file.toString(), Duration.ZERO);
        }

        @Override
        public FileOutcome timedOut(Path file, Deadline deadline, Duration took) {
            throw new AssertionError("no file times out here");
        }
    }

    @Test
    void aCoreIsSpareOnlyWhileAWorkerHasNoFile() throws Exception {
        org.boardpack.ingest.SpareCores cores = new org.boardpack.ingest.SpareCores(2);
        List<Boolean> borrowed = new ArrayList<>();
        Borrowing worker = new Borrowing(cores, new java.util.concurrent.CyclicBarrier(2), borrowed);
        try (FileWorkers workers = new FileWorkers(worker, 2, null, cores)) {
            workers.run(List.of(Path.of("both-1.pdf"), Path.of("both-2.pdf")), o -> { });
            assertEquals(List.of(false, false), borrowed, "two files on two workers: no core spare");
            borrowed.clear();
            workers.run(List.of(Path.of("alone.pdf")), o -> { });
            assertEquals(List.of(true), borrowed, "one file on two workers: the other core is spare");
        }
        assertTrue(cores.tryTake() && cores.tryTake() && !cores.tryTake(), "every core is spare after the run");
    }
}
