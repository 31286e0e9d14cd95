package org.boardpack.spark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.boardpack.ingest.IngestLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's command line, for {@code spark-submit} (the master comes from there) and for the local
 * form {@code ./boardpack-spark} (which passes {@code --master local[*]}).
 */
@Command(name = "boardpack-spark", mixinStandardHelpOptions = true,
        description = {"Read board papers on a Spark cluster: boardpack/1 records (JSONL by body and year), failures "
                + "and a manifest written under --out; a re-run skips what is done, a killed run resumes.",
                "Load the records into an index with: boardpack index-records OUT/records"})
public final class SparkBackfill implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders (searched recursively) or globs on any Hadoop file system (local, hdfs://, "
                    + "s3a://); @FILE reads such paths from FILE, one a line.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder (any Hadoop file system).")
    String output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Per-file time limit for parsing and extraction; 0 for none (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "500MB",
            description = "Larger files are failures of kind 'too large' (e.g. 200MB, 1GB; default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "5000",
            description = "Files with more pages are failures of kind 'too large' (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--ocr", description = "OCR pages without a (usable) text layer with Tesseract, which must be installed "
            + "on every executor.")
    boolean ocr;

    @Option(names = "--batch-files", paramLabel = "N", defaultValue = "" + BackfillSettings.DEFAULT_BATCH_FILES,
            description = "Files committed together; a killed run loses at most the batch in flight; 0 for "
                    + BackfillSettings.FILES_PER_CORE + " per core of the cluster (default: ${DEFAULT-VALUE}).")
    int batchFiles;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Tasks per batch; 0 for four per core of the cluster (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (e.g. local[*]); spark-submit sets it otherwise.")
    String master;

    @Override
    public Integer call() throws Exception {
        BackfillSettings settings = new BackfillSettings(Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                new IngestLimits(bytes(maxFileSize), maxPages), ocr, batchFiles, partitions);
        SparkSession.Builder builder = SparkSession.builder().appName("boardpack backfill");
        if (master != null) {
            builder.master(master);
        }
        try (SparkSession spark = builder.getOrCreate()) {
            BackfillReport report = new BackfillJob(spark, new PipelineProcessor(settings.limits(), settings.ocr()), settings)
                    .run(inputs, output);
            report.problems().forEach(p -> System.err.println("boardpack-spark: " + p));
            System.out.println(report.summary());
            System.out.println("Output: " + output + " (records/, failures/, manifest/)");
            return report.failed() > 0 || !report.problems().isEmpty() ? 1 : 0;
        }
    }

    /** {@code 500MB}, {@code 1GB}, {@code 900KB} or plain bytes. */
    static long bytes(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = s.endsWith("GB") ? 1L << 30 : s.endsWith("MB") ? 1L << 20 : s.endsWith("KB") ? 1L << 10 : 1;
        String digits = unit == 1 ? s.replaceFirst("B$", "") : s.substring(0, s.length() - 2);
        return Math.round(Double.parseDouble(digits) * unit);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBackfill()).execute(args));
    }
}
