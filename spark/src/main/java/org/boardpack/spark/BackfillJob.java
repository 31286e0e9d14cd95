package org.boardpack.spark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.boardpack.ingest.FailureKind;

/**
 * The backfill: lists the input, leaves out what the manifest says is done, and runs the rest in
 * batches, each one Spark job over the executors whose output is committed whole ({@link OutputStore}).
 * A failure in one file never fails the run: typed failures are results; a task that dies (a defect,
 * a crashed parser) is retried by Spark, and if its batch still fails the batch is split in halves
 * and run again until the one file that kills its task is alone, and recorded as a failure.
 */
public final class BackfillJob {

    private final SparkSession spark;
    private final FileProcessor processor;
    private final BackfillSettings settings;

    public BackfillJob(SparkSession spark, FileProcessor processor, BackfillSettings settings) {
        this.spark = spark;
        this.processor = processor;
        this.settings = settings;
    }

    public BackfillReport run(List<String> inputs, String output) throws IOException {
        long started = System.nanoTime();
        OutputStore store = new OutputStore(output, spark.sparkContext().hadoopConfiguration());
        store.recover();
        InputListing.Listed listed = new InputListing(spark.sparkContext().hadoopConfiguration()).list(inputs);
        Manifest manifest = Manifest.read(spark, store);
        List<SourceFile> pending = listed.files().stream().filter(f -> !manifest.covers(f)).toList();
        Counters counters = new Counters(spark);
        int batches = 0;
        int batchFiles = settings.batchFiles() > 0 ? settings.batchFiles()
                : BackfillSettings.FILES_PER_CORE * spark.sparkContext().defaultParallelism();
        for (int from = 0; from < pending.size(); from += batchFiles) {
            runBatch(store, pending.subList(from, Math.min(pending.size(), from + batchFiles)), counters);
            batches++;
        }
        return new BackfillReport(listed.files().size(), listed.files().size() - pending.size(),
                counters.files.value(), counters.failed.value(), counters.crashed, counters.pages.value(), batches,
                Duration.ofNanos(System.nanoTime() - started), listed.problems());
    }

    private void runBatch(OutputStore store, List<SourceFile> files, Counters counters) throws IOException {
        String batch = batchName(Integer.toHexString(files.getFirst().path().hashCode()));
        try {
            store.stage(spark.createDataFrame(lines(files, counters), OutputLines.SCHEMA), batch);
        } catch (Exception e) {
            // Spark gave up on a task after its retries (a SparkException, undeclared): find the file that kills it
            store.discard(batch);
            if (files.size() == 1) {
                recordCrash(store, files.getFirst(), e, counters);
                return;
            }
            int half = files.size() / 2;
            runBatch(store, files.subList(0, half), counters);
            runBatch(store, files.subList(half, files.size()), counters);
            return;
        }
        store.publish(batch);
    }

    private JavaRDD<Row> lines(List<SourceFile> files, Counters counters) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = settings.partitions() > 0 ? settings.partitions() : 4 * jsc.defaultParallelism();
        slices = Math.max(1, Math.min(files.size(), slices));
        FileProcessor processor = this.processor;
        Duration timeout = settings.timeout();
        HadoopConf conf = HadoopConf.of(spark.sparkContext().hadoopConfiguration());
        LongAccumulator done = counters.files;
        LongAccumulator failed = counters.failed;
        LongAccumulator pages = counters.pages;
        return jsc.parallelize(dealt(files, slices), slices).mapPartitions((Iterator<SourceFile> it) -> {
            FileTask task = new FileTask(processor, timeout, conf.configuration());
            // lazily, one file at a time: a partition's records never sit in memory together
            return new FlatLines(it, file -> {
                FileResult result = task.run(file);
                done.add(1);
                if (result.extracted()) {
                    pages.add(result.record().source().pages());
                } else {
                    failed.add(1);
                }
                return OutputLines.of(result);
            });
        });
    }

    /**
     * The files largest first, dealt round the slices like cards, so each slice Spark cuts (a
     * contiguous run of the list) holds a fair share of the big ones.
     */
    static List<SourceFile> dealt(List<SourceFile> files, int slices) {
        List<SourceFile> bySize = files.stream().sorted(Comparator.comparingLong(SourceFile::size).reversed()).toList();
        List<List<SourceFile>> hands = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            hands.add(new ArrayList<>());
        }
        for (int i = 0; i < bySize.size(); i++) {
            hands.get(i % slices).add(bySize.get(i));
        }
        return hands.stream().flatMap(List::stream).toList();
    }

    private void recordCrash(OutputStore store, SourceFile file, Exception e, Counters counters) throws IOException {
        String cause = rootMessage(e);
        FileResult result = new FileResult(file, null, null, new FileResult.Failure(FailureKind.EXTRACTION_FAILED.label(),
                "the task reading it died each time Spark ran it (" + cause + "); please report this file", null),
                Instant.now());
        String batch = batchName("crash");
        store.stage(spark.createDataFrame(OutputLines.of(result), OutputLines.SCHEMA), batch);
        store.publish(batch);
        counters.files.add(1);
        counters.failed.add(1);
        counters.crashed++;
    }

    /** The start time first, zero-padded, so batch names sort in the order the batches were written. */
    private static String batchName(String tag) {
        return String.format(java.util.Locale.ROOT, "%015d-%s", Instant.now().toEpochMilli(), tag);
    }

    /** The innermost cause's first line: what went wrong inside the task, not Spark's wrapping. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        return (root.getClass().getSimpleName() + " " + message).strip();
    }

    /** Tallies the tasks add to (a retried task may count a file twice: the summary is a guide). */
    private static final class Counters {
        final LongAccumulator files;
        final LongAccumulator failed;
        final LongAccumulator pages;
        long crashed;

        Counters(SparkSession spark) {
            files = spark.sparkContext().longAccumulator("files");
            failed = spark.sparkContext().longAccumulator("failed");
            pages = spark.sparkContext().longAccumulator("pages");
        }
    }
}
