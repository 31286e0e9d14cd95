package org.boardpack.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.boardpack.app.ingest.DirectoryTree;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * End-to-end throughput of {@code ingest} (into a fresh index, on one thread and on all cores) beside
 * PDFBox's plain text extraction (one thread and all cores) and poppler's {@code pdftotext} over the
 * same files, with the share of the machine's CPU each used, the peak heap, and the time of a re-run
 * with nothing changed. The headline ratio is like for like: the same files and the same pages (every
 * page of them, the scans and garbled layers ingest reads and then refuses included), each side timed
 * on all cores after a one-thread pass of its own work, by the clock and by CPU time.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = "Measure pages/s of the whole ingest (1 thread and all cores), of PDFBox plain text and of "
                + "pdftotext on all cores, on the same files; CPU use, peak heap, and a no-change re-run.")
final class IngestBenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDFs or directories (default: the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel runs (default: the number of processors).")
    Integer threads;

    @Option(names = "--warm-up-files", paramLabel = "N", defaultValue = "5",
            description = "Files run through each stage first, untimed, so the JIT has compiled it (default: ${DEFAULT-VALUE}).")
    int warmUpFiles;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each timed stage N times and keep its fastest run and its least CPU time: steadier on a"
                    + " machine shared with other work (default: ${DEFAULT-VALUE}).")
    int repeat;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One timed stage: pages done, wall seconds, process CPU seconds, peak heap bytes. */
    private record Measured(long pages, double seconds, double cpuSeconds, long peakHeap) {

        Map<String, Object> json(String stage) {
            return Map.of("stage", stage, "pages", pages, "seconds", seconds, "cpu_seconds", cpuSeconds, "peak_heap", peakHeap);
        }

        static Measured of(JsonNode node) {
            return new Measured(node.get("pages").asLong(), node.get("seconds").asDouble(), node.get("cpu_seconds").asDouble(),
                    node.get("peak_heap").asLong());
        }
    }

    private interface Stage {
        /** @param run which repetition (from 0): a stage that writes an index writes a fresh one each time */
        long run(int run) throws Exception;
    }

    private final ObjectMapper json = new ObjectMapper();

    @Option(names = "--one-process",
            description = "Time both sides in this one JVM, one after the other, as sessions before the tenth did. Ingest"
                    + " then pays for compiling PDFBox's own code, which the PDFBox stages that follow reuse compiled.")
    boolean oneProcess;

    /** Set in the JVM started for one side: run that side's stages and report them as JSON lines. */
    @Option(names = "--side", hidden = true)
    BenchSide side;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = SourceFiles.expand(paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths).files();
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no files to measure");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        int cores = Runtime.getRuntime().availableProcessors();
        if (side != null) {
            Rows rows = (name, m) -> {
                out.println(json.writeValueAsString(m.json(name)));
                out.flush();
            };
            stages(side, files, n, rows);
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%d files; %d thread(s) for the parallel runs on %d core(s); %s%n", files.size(), n, cores,
                oneProcess ? "both sides in this one JVM (--one-process)" : "each side in a JVM of its own");
        out.printf(Locale.ROOT, "%-36s %8s %9s %9s %7s %8s %13s%n", "stage (ingest: pages indexed)", "pages",
                "seconds", "pages/s", "CPU %", "CPU s", "peak heap MB");
        Rows table = (name, m) -> {
            out.printf(Locale.ROOT, "%-36s %8d %9.2f %9.1f %7.0f %8.2f %13.0f%n", name, m.pages(), m.seconds(), rate(m),
                    100 * m.cpuSeconds() / m.seconds() / cores, m.cpuSeconds(), m.peakHeap() / (1024.0 * 1024.0));
            out.flush();
        };
        List<Measured> ingest = oneProcess ? stages(BenchSide.INGEST, files, n, table) : inOwnJvm(BenchSide.INGEST, n, table);
        List<Measured> pdfbox = oneProcess ? stages(BenchSide.PDFBOX, files, n, table) : inOwnJvm(BenchSide.PDFBOX, n, table);
        Measured serial = ingest.get(0);
        Measured parallel = ingest.get(1);
        Measured plainSerial = pdfbox.get(0);
        Measured plain = pdfbox.get(1);
        // every page of the files, scans and garbled layers included, as PDFBox's pass read them: the
        // one count both sides are divided by (ingest reports only the pages it indexed)
        long pagesInFiles = plain.pages();
        if (PdfToText.installed()) {
            table.row("pdftotext, " + n + " processes (CPU not seen)", measure(r -> new PdfToText().run(files, n, plain.pages())));
        } else {
            out.println("pdftotext not installed (apt-get install poppler-utils); skipped");
        }
        out.printf(Locale.ROOT, "ingest on %d threads: %.2fx its 1-thread speed%n", n, rate(parallel) / rate(serial));
        out.printf(Locale.ROOT, "%nLike for like: the same %d files, the same %d pages (scans and garbled pages included;"
                + " ingest indexed %d of them)%n", files.size(), pagesInFiles, parallel.pages());
        like(out, n + " threads", parallel, plain, pagesInFiles);
        like(out, "1 thread", serial, plainSerial, pagesInFiles);
        // the figure of earlier sessions divides different counts (pages indexed by ingest against every
        // page PDFBox read), so it understates ingest: kept, labelled, for comparison with old notes
        out.printf(Locale.ROOT, "(old figure, unlike counts: ingest's pages indexed/s over PDFBox's pages read/s on %d"
                + " threads %.2fx)%n", n, rate(parallel) / rate(plain));
        out.flush();
        return ExitCodes.OK;
    }

    /** Where a measured stage goes: a row of the table, or a JSON line from a side's own JVM. */
    private interface Rows {
        void row(String name, Measured m) throws IOException;
    }

    /**
     * One side's stages, in the order both sides run them: a warm-up on the first files, untimed, then
     * one thread, then {@code n} threads (the compared figure), so neither side's parallel run is warmer
     * than the other's. Ingest adds a re-run with nothing changed.
     *
     * @return the one-thread and the {@code n}-thread measures
     */
    private List<Measured> stages(BenchSide which, List<Path> files, int n, Rows rows) throws Exception {
        List<Path> warm = files.subList(0, Math.min(warmUpFiles, files.size()));
        if (which == BenchSide.PDFBOX) {
            plainText(warm, n);
            Measured one = measure(r -> plainText(files, 1));
            rows.row("PDFBox PDFTextStripper, 1 thread", one);
            Measured all = measure(r -> plainText(files, n));
            rows.row("PDFBox PDFTextStripper, " + n + " threads", all);
            return List.of(one, all);
        }
        Path work = Files.createTempDirectory("boardpack-bench-ingest-");
        try {
            ingest(warm, work.resolve("warm-up"), n);
            Measured one = measure(r -> ingest(files, work.resolve("one-" + r), 1));
            rows.row("ingest, 1 thread", one);
            Measured all = measure(r -> ingest(files, work.resolve("all-" + r), n));
            rows.row("ingest, " + n + " threads", all);
            rows.row("ingest again, nothing changed", measure(r -> ingest(files, work.resolve("all-0"), n)));
            return List.of(one, all);
        } finally {
            DirectoryTree.delete(work);
        }
    }

    /** A side's stages timed in a JVM of its own, each put in the table as it is reported: the first two measures. */
    private List<Measured> inOwnJvm(BenchSide which, int n, Rows table) throws IOException, InterruptedException {
        List<JsonNode> reported = which.run(sideArguments(n), json, (name, node) -> table.row(name, Measured.of(node)));
        if (reported.size() < 2) {
            throw new IOException("the JVM timing " + which + " reported " + reported.size() + " stages, not 2 or more");
        }
        return List.of(Measured.of(reported.get(0)), Measured.of(reported.get(1)));
    }

    /** This command's arguments for a side's own JVM: the same files, threads, warm-up and repeats. */
    private List<String> sideArguments(int n) {
        List<String> args = new ArrayList<>(List.of("bench-ingest", "--threads", String.valueOf(n),
                "--warm-up-files", String.valueOf(warmUpFiles), "--repeat", String.valueOf(repeat)));
        paths.forEach(p -> args.add(p.toString()));
        return args;
    }

    /**
     * One line of the like-for-like comparison: ingest's speed as a share of PDFBox's over the same
     * pages, by the clock (what a user waits) and by CPU time (steadier on a machine shared with
     * other work).
     */
    private static void like(PrintWriter out, String threads, Measured ingest, Measured plain, long pages) {
        out.printf(Locale.ROOT, "  %-10s ingest %6.2f s, %6.2f CPU s (%5.1f pages/s); PDFBox %6.2f s, %6.2f CPU s (%5.1f pages/s)"
                        + " -> ingest at %.2fx PDFBox's speed by the clock, %.2fx by CPU time%n", threads,
                ingest.seconds(), ingest.cpuSeconds(), pages / ingest.seconds(), plain.seconds(), plain.cpuSeconds(),
                pages / plain.seconds(), plain.seconds() / ingest.seconds(), plain.cpuSeconds() / ingest.cpuSeconds());
    }

    /** The real command, in this process, so its CPU and heap are measured; pages as its run report counts them. */
    private long ingest(List<Path> files, Path index, int n) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--index", index.toString(), "--threads", String.valueOf(n),
                "--log-format", "json"));
        files.forEach(f -> args.add(f.toString()));
        StringWriter log = new StringWriter();
        CommandLine cl = BoardpackCommand.newCommandLine();
        cl.setOut(new PrintWriter(log, true));
        cl.setErr(new PrintWriter(log, true));
        int code = cl.execute(args.toArray(String[]::new));
        if (code != ExitCodes.OK && code != ExitCodes.SOME_FAILED) {
            throw new IOException("ingest could not run (exit " + code + "): " + log);
        }
        List<String> lines = log.toString().lines().toList();
        JsonNode finished = json.readTree(lines.getLast());
        return finished.get("pages").asLong();
    }

    /** PDFBox's plain text of every file on {@code n} threads: the pages read. */
    static long plainText(List<Path> files, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> pages = new ArrayList<>();
            for (Path f : files) {
                pages.add(pool.submit(() -> BenchCommand.plainText(f)));
            }
            long total = 0;
            for (Future<Integer> p : pages) {
                total += p.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The stage run {@code repeat} times: its fastest run's time, its least CPU time, its largest heap. */
    private Measured measure(Stage stage) throws Exception {
        Measured best = null;
        for (int r = 0; r < Math.max(1, repeat); r++) {
            HeapPeak heap = HeapPeak.start();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            long pages = stage.run(r);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            long peak = heap.bytes();
            best = best == null ? new Measured(pages, seconds, cpu, peak) : new Measured(pages,
                    Math.min(best.seconds(), seconds), Math.min(best.cpuSeconds(), cpu), Math.max(best.peakHeap(), peak));
        }
        return best;
    }

    private static double rate(Measured m) {
        return m.seconds() > 0 ? m.pages() / m.seconds() : 0;
    }

    /** CPU time of this whole process (all threads, JIT and GC included), from the JDK's own MXBean. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
