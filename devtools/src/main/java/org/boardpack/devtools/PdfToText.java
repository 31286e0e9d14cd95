package org.boardpack.devtools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Poppler's {@code pdftotext} over files, several processes at once: the native baseline of {@code bench-ingest}. */
final class PdfToText {

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Extracts the text of every file, discarding it, {@code n} at a time.
     *
     * @param pages the files' page count (pdftotext does not say), returned as the work done
     * @throws IOException when pdftotext fails on a file
     */
    long run(List<Path> files, int n, long pages) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> exits = new ArrayList<>();
            for (Path f : files) {
                exits.add(pool.submit(() -> new ProcessBuilder("pdftotext", "-q", f.toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor()));
            }
            for (int i = 0; i < exits.size(); i++) {
                int code = exits.get(i).get();
                if (code != 0) {
                    throw new IOException("pdftotext failed on " + files.get(i) + " (exit " + code + ")");
                }
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }
}
