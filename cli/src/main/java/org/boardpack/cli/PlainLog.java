package org.boardpack.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.index.FailureRecord;

/**
 * One line per file on stderr ({@code ingested}, {@code re-extracted}, {@code unchanged},
 * {@code FAILED} with the reason), for logs and pipes; the summary on stdout at the end.
 */
final class PlainLog implements IngestListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final IngestSummary summary;

    PlainLog(PrintWriter out, PrintWriter err, IngestSummary summary) {
        this.out = out;
        this.err = err;
        this.summary = summary;
    }

    @Override
    public void started(int files, int threads) {
        err.printf(Locale.ROOT, "ingest: %d file(s), %d thread%s%n", files, threads, threads == 1 ? "" : "s");
        err.flush();
    }

    @Override
    public void file(FileEvent e) {
        err.println(line(e));
        err.flush();
    }

    /** The line for one file; the {@code FAILED} line is also what the terminal display prints. */
    static String line(FileEvent e) {
        return switch (e.result()) {
            case FAILED -> "FAILED " + e.failure().oneLine(e.path());
            case UNCHANGED -> "unchanged " + e.path();
            case INGESTED, REEXTRACTED -> String.format(Locale.ROOT, "%s %s: %d pages in %.1f s", e.result().label,
                    e.path(), e.pages(), e.millis() / 1000.0)
                    + (e.failure() == null ? "" : System.lineSeparator() + "WARNING " + e.failure().oneLine(e.path()));
        };
    }

    @Override
    public void pruned(List<String> removed, List<FailureRecord> notPruned) {
        removed.forEach(p -> err.println("PRUNED " + p));
        notPruned.forEach(p -> err.println("not pruned under " + p.path() + ": " + p.reason()));
        err.flush();
    }

    @Override
    public void finished(RunReport report, int heldFailures) {
        if (report.error() != null) {
            err.println("boardpack: " + report.error());
            err.flush();
            return;
        }
        summary.print(out, report, heldFailures);
    }
}
