package org.boardpack.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.boardpack.extract.PackExtractor;

/**
 * What earlier runs did, read from the output's manifest: the files (path, size, modification
 * time) read by this extractor version. Those are skipped without being opened, so a re-run over
 * unchanged input costs a listing; a file changed since (or an extractor upgrade) is read again.
 */
public final class Manifest {

    private static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType)
            .add("size", DataTypes.LongType)
            .add("modified", DataTypes.LongType)
            .add("extractor", DataTypes.StringType);

    private final Set<String> done;

    private Manifest(Set<String> done) {
        this.done = done;
    }

    public static Manifest read(SparkSession spark, OutputStore store) throws IOException {
        Path dir = store.dataset(OutputLines.MANIFEST);
        if (!dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
            return new Manifest(Set.of());
        }
        List<Row> rows = spark.read().schema(SCHEMA).json(dir.toString())
                .where("extractor = '" + PackExtractor.VERSION + "'")
                .select("path", "size", "modified").collectAsList();
        Set<String> done = new HashSet<>();
        rows.forEach(r -> done.add(key(r.getString(0), r.getLong(1), r.getLong(2))));
        return new Manifest(done);
    }

    public boolean covers(SourceFile file) {
        return done.contains(key(file.path(), file.size(), file.modified()));
    }

    public int size() {
        return done.size();
    }

    private static String key(String path, long size, long modified) {
        return size + "\t" + modified + "\t" + path;
    }
}
