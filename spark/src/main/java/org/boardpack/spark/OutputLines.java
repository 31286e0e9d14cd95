package org.boardpack.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.boardpack.model.BoardpackJson;
import org.boardpack.extract.PackExtractor;

/**
 * A file's result as the lines of the job's three datasets, each row {@code (dataset, body, year,
 * line)} so one write commits them together: the {@code boardpack/1} object on one line (as
 * {@code extract} writes it) under {@code records}, the failure as {@code failures --json} shows one
 * under {@code failures}, and the manifest entry under {@code manifest}. Body and year partition the
 * records only.
 */
public final class OutputLines {

    public static final String RECORDS = "records";
    public static final String FAILURES = "failures";
    public static final String MANIFEST = "manifest";

    public static final StructType SCHEMA = new StructType()
            .add("dataset", DataTypes.StringType, false)
            .add("body", DataTypes.StringType, true)
            .add("year", DataTypes.StringType, true)
            .add("line", DataTypes.StringType, false);

    private static final ObjectMapper JSON = BoardpackJson.newMapper();

    private OutputLines() {
    }

    public static List<Row> of(FileResult result) {
        try {
            List<Row> rows = new ArrayList<>(3);
            if (result.record() != null) {
                RecordPartition where = RecordPartition.of(result.record());
                rows.add(RowFactory.create(RECORDS, where.body(), where.year(), JSON.writeValueAsString(result.record())));
            }
            if (result.failure() != null) {
                rows.add(RowFactory.create(FAILURES, null, null, JSON.writeValueAsString(failure(result))));
            }
            rows.add(RowFactory.create(MANIFEST, null, null, JSON.writeValueAsString(ManifestEntry.of(result))));
            return rows;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record that cannot be written as JSON: " + result.file().path(), e);
        }
    }

    private static ObjectNode failure(FileResult result) {
        ObjectNode n = JSON.createObjectNode();
        n.put("path", result.file().path());
        n.put("sha256", result.sha256());
        n.put("kind", result.failure().kind());
        n.put("reason", result.failure().reason());
        n.put("page", result.failure().page());
        n.put("time", result.time().toString());
        n.put("extractor", PackExtractor.VERSION);
        return n;
    }
}
