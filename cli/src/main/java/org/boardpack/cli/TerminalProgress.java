package org.boardpack.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.index.FailureRecord;

/**
 * A progress bar on stderr, redrawn in place: files done of total, pages/s, time left, failures so
 * far. Failures are printed above it as they happen; the summary goes to stdout at the end.
 */
final class TerminalProgress implements IngestListener {

    /** Redraws at most this often: a fast run of unchanged files would otherwise spend its time drawing. */
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter out;
    private final PrintWriter err;
    private final IngestSummary summary;
    private final int width;
    private int total;
    private int done;
    private int failed;
    private long pages;
    private long startNanos;
    private long lastDraw;

    /** @param width the terminal's width in columns */
    TerminalProgress(PrintWriter out, PrintWriter err, IngestSummary summary, int width) {
        this.out = out;
        this.err = err;
        this.summary = summary;
        this.width = Math.max(40, width);
    }

    /**
     * Whether stderr can take a redrawn bar. {@code System.console()} is null when the streams are
     * redirected on Java 21 and 25; Java 22 to 24 return a console anyway and say so through
     * {@code Console.isTerminal()}, which the Java 21 API we compile against does not have.
     */
    static boolean available() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console is a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void started(int files, int threads) {
        total = files;
        startNanos = System.nanoTime();
        draw(startNanos);
    }

    @Override
    public void file(FileEvent e) {
        done++;
        pages += e.pages();
        // a failed file, or one indexed with a record type missing, is printed above the bar
        if (e.failure() != null) {
            failed++;
            err.print(CLEAR_LINE);
            err.println(e.result() == FileEvent.Result.FAILED ? PlainLog.line(e) : "WARNING " + e.failure().oneLine(e.path()));
        }
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total || e.failure() != null) {
            draw(now);
        }
    }

    @Override
    public void waiting() {
        draw(System.nanoTime());
    }

    @Override
    public void pruned(List<String> removed, List<FailureRecord> notPruned) {
        err.print(CLEAR_LINE);
        removed.forEach(p -> err.println("PRUNED " + p));
        notPruned.forEach(p -> err.println("not pruned under " + p.path() + ": " + p.reason()));
        err.flush();
    }

    @Override
    public void finished(RunReport report, int heldFailures) {
        err.print(CLEAR_LINE);
        if (report.error() != null) {
            err.println("boardpack: " + report.error());
        }
        err.flush();
        if (report.error() == null) {
            summary.print(out, report, heldFailures);
        }
    }

    private void draw(long now) {
        lastDraw = now;
        err.print(CLEAR_LINE + render(now));
        err.flush();
    }

    /** The bar line as of {@code now}: {@code [#####-----] 12/40 files  35.2 pages/s  ETA 1m05s  1 failed}. */
    String render(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        String eta = done == 0 ? "--" : duration(seconds / done * (total - done));
        String tail = String.format(Locale.ROOT, " %d/%d files  %.1f pages/s  ETA %s%s", done, total, pages / seconds,
                eta, failed > 0 ? "  " + failed + " failed" : "");
        int barWidth = Math.max(10, Math.min(40, width - tail.length() - 3));
        int filled = total == 0 ? barWidth : (int) ((long) barWidth * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(barWidth - filled) + "]" + tail;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
