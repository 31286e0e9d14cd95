package org.boardpack.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The job's output folder and how a batch lands in it, once and whole. Layout:
 * <pre>
 *   records/body=B/year=Y/BATCH-part-….jsonl   one boardpack/1 object a line
 *   failures/BATCH-part-….jsonl                one failure a line
 *   manifest/BATCH-part-….jsonl                one done file a line
 *   _staging/BATCH/                      a batch being written or published
 * </pre>
 * A batch is written by one Spark job into {@code _staging/BATCH} (Spark's committer makes that
 * whole or absent: {@code _SUCCESS} marks it whole), then published by renaming its files into
 * place, the manifest's last. A job killed at any point leaves either an unfinished staging folder
 * (deleted on the next start: its files are not in the manifest, so they are read again) or a
 * whole one (its publishing finished on the next start): every file ends up once.
 */
public final class OutputStore {

    static final String STAGING = "_staging";
    private static final String SUCCESS = "_SUCCESS";

    private final Path root;
    private final FileSystem fs;

    public OutputStore(String output, Configuration conf) throws IOException {
        this.root = new Path(output);
        this.fs = root.getFileSystem(conf);
    }

    public Path dataset(String name) {
        return new Path(root, name);
    }

    /** Finishes or discards what a killed run left in {@code _staging}. */
    public void recover() throws IOException {
        Path staging = new Path(root, STAGING);
        if (!fs.exists(staging)) {
            return;
        }
        for (FileStatus batch : fs.listStatus(staging)) {
            publish(batch.getPath().getName());
        }
    }

    /**
     * Writes a batch's lines into its staging folder (one Spark job; throws if it fails). The lines
     * are first gathered by dataset, body and year, so a batch writes one file per body and year,
     * not one per task and body and year (a cluster's thousands of small files).
     */
    public void stage(Dataset<Row> lines, String batch) {
        lines.repartition(functions.col("dataset"), functions.col("body"), functions.col("year"))
                .write().partitionBy("dataset", "body", "year").text(staging(batch).toString());
    }

    /** Moves a whole staged batch into place (manifest last), or drops a partial one. */
    public void publish(String batch) throws IOException {
        Path dir = staging(batch);
        if (fs.exists(new Path(dir, SUCCESS))) {
            for (String dataset : List.of(OutputLines.RECORDS, OutputLines.FAILURES, OutputLines.MANIFEST)) {
                for (Path part : parts(new Path(dir, "dataset=" + dataset))) {
                    Path target = target(root, dataset, batch, part);
                    fs.mkdirs(target.getParent());
                    if (!fs.rename(part, target)) {
                        throw new IOException("cannot move " + part + " to " + target);
                    }
                }
            }
        }
        fs.delete(dir, true);
    }

    /** Drops a batch's staging folder (after its job failed). */
    public void discard(String batch) throws IOException {
        fs.delete(staging(batch), true);
    }

    private Path staging(String batch) {
        return new Path(new Path(root, STAGING), batch);
    }

    /**
     * Records keep their body and year folders; failures and manifest lines are not partitioned.
     * The name starts with the batch (its start time first), so a folder's files in name order are
     * in the order they were written: a file read again after it changed has its newer line in a
     * later file, and a loader reading in name order ends with the newest.
     */
    private static Path target(Path root, String dataset, String batch, Path part) {
        String name = batch + "-" + part.getName().replaceFirst("\\.txt$", "") + ".jsonl";
        if (!dataset.equals(OutputLines.RECORDS)) {
            return new Path(new Path(root, dataset), name);
        }
        Path year = part.getParent();
        return new Path(new Path(new Path(new Path(root, dataset), year.getParent().getName()), year.getName()), name);
    }

    private List<Path> parts(Path dir) throws IOException {
        List<Path> parts = new ArrayList<>();
        if (!fs.exists(dir)) {
            return parts;
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
        while (files.hasNext()) {
            Path p = files.next().getPath();
            if (p.getName().startsWith("part-")) {
                parts.add(p);
            }
        }
        return parts;
    }
}
