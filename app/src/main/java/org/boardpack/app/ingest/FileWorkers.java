package org.boardpack.app.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.boardpack.index.IndexException;
import org.boardpack.ingest.Deadline;
import org.boardpack.ingest.SpareCores;

/**
 * Runs {@link FileUpdater} over files on worker threads and hands each outcome, as it completes,
 * to a sink on the calling thread, so the one index writer is only ever used from there.
 *
 * <p>Memory is bounded: at most {@code threads} files are in flight (being worked on, or done and
 * waiting for the sink). Each file has a time limit: the calling thread stops waiting at the
 * deadline and reports the file as timed out, freeing its slot; PDFBox cannot be interrupted, so
 * the worker also checks the same {@link Deadline} between pages and stops soon after by itself.
 * A worker given up on may finish a little later; its result is dropped. While it waits, the
 * calling thread looks up every {@code tick} ({@link Sink#idle}), so a batch commit falls due and
 * a progress bar moves on time even while one long file holds every worker. With more than one
 * worker the largest files are started first ({@link LongestFirst}).
 */
public final class FileWorkers implements AutoCloseable {

    /** How often the sink hears from a calling thread that is waiting on its workers. */
    public static final Duration TICK = Duration.ofSeconds(1);

    /** Receives outcomes on the thread that called {@link #run}. */
    public interface Sink {
        void accept(FileOutcome outcome) throws IndexException;

        /** No file finished for a {@code tick}: a chance to do what is due by the clock. */
        default void idle() throws IndexException {
        }
    }

    /** Brings one file up to date on a worker thread ({@link FileUpdater}). */
    public interface Worker {
        FileOutcome update(Path file, Deadline deadline);

        /** The outcome of a file given up on at its deadline. */
        FileOutcome timedOut(Path file, Deadline deadline, Duration took);
    }

    /** A file handed to a worker: its deadline, when it started, and the outcome once done. */
    private record InFlight(long id, Path file, Deadline deadline, long startNanos) {
    }

    private record Done(long id, FileOutcome outcome, Throwable crash) {
    }

    private final Worker updater;
    private final int threads;
    private final Duration timeout;
    private final long tickNanos;
    private final ExecutorService pool;
    private final SpareCores cores;

    /** @param timeout the per-file time limit; {@code null} or zero for none */
    public FileWorkers(Worker updater, int threads, Duration timeout) {
        this(updater, threads, timeout, SpareCores.NONE);
    }

    /** @param cores told when each worker starts and ends a file, so a long file may borrow an idle core */
    public FileWorkers(Worker updater, int threads, Duration timeout, SpareCores cores) {
        this(updater, threads, timeout, TICK, cores);
    }

    public FileWorkers(Worker updater, int threads, Duration timeout, Duration tick) {
        this(updater, threads, timeout, tick, SpareCores.NONE);
    }

    public FileWorkers(Worker updater, int threads, Duration timeout, Duration tick, SpareCores cores) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.updater = updater;
        this.threads = threads;
        this.timeout = timeout == null || timeout.isZero() ? null : timeout;
        this.tickNanos = tick.toNanos();
        this.cores = cores;
        // cached, not fixed: a worker given up on keeps its thread until it notices its deadline,
        // and the next file must not queue behind it
        this.pool = Executors.newCachedThreadPool(daemonThreads());
    }

    public void run(List<Path> files, Sink sink) throws IndexException {
        BlockingQueue<Done> done = new LinkedBlockingQueue<>();
        Map<Long, InFlight> running = new LinkedHashMap<>();
        // one worker reads the files in the order given; several take the longest first, so no long
        // file is left to the end with one core busy and the others idle
        Iterator<Path> next = (threads > 1 ? LongestFirst.order(files) : files).iterator();
        long ids = 0;
        while (next.hasNext() || !running.isEmpty()) {
            while (running.size() < threads && next.hasNext()) {
                InFlight job = new InFlight(ids++, next.next(), deadline(), System.nanoTime());
                running.put(job.id(), job);
                pool.execute(() -> done.add(work(job)));
            }
            // the same limit for every file: the one started first is the first due
            InFlight first = running.values().iterator().next();
            Done d = await(done, Math.min(first.deadline().remainingNanos(), tickNanos));
            if (d == null && first.deadline().remainingNanos() > 0) {
                sink.idle();
                continue;
            }
            if (d == null) {
                running.remove(first.id());
                sink.accept(updater.timedOut(first.file(), first.deadline(),
                        Duration.ofNanos(System.nanoTime() - first.startNanos())));
            } else {
                InFlight job = running.remove(d.id());
                if (job == null) {
                    continue; // the late result of a file already reported as timed out
                }
                if (d.crash() != null) {
                    throw new IllegalStateException("unexpected failure while reading " + job.file() + ": "
                            + d.crash(), d.crash());
                }
                sink.accept(d.outcome());
            }
        }
    }

    private Done work(InFlight job) {
        cores.fileStarted();
        try {
            return new Done(job.id(), updater.update(job.file(), job.deadline()), null);
        } catch (RuntimeException | Error e) {
            // a defect outside the typed failures: the calling thread ends the run with it
            return new Done(job.id(), null, e);
        } finally {
            cores.fileDone();
        }
    }

    private static Done await(BlockingQueue<Done> done, long nanos) {
        try {
            return nanos <= 0 ? done.poll() : done.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the files being read", e);
        }
    }

    private Deadline deadline() {
        if (timeout == null) {
            return Deadline.none();
        }
        String seconds = BigDecimal.valueOf(timeout.toNanos(), 9).stripTrailingZeros().toPlainString();
        return Deadline.after(timeout, "parsing and extraction took longer than " + seconds
                + " s; raise --timeout or check the file");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            // daemon: a worker still inside a page PDFBox is stuck on must not keep the JVM alive
            Thread t = new Thread(r, "boardpack-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
