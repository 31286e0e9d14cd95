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
}
