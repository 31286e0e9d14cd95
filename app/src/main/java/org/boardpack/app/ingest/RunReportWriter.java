package org.boardpack.app.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link RunReport} as JSON for the scheduler or a log shipper. Written to a temporary
 * file and renamed, so a reader polling for it never reads half a report.
 */
public final class RunReportWriter {

    private final ObjectMapper json = new ObjectMapper();

    public ObjectNode toJson(RunReport r) {
        ObjectNode root = json.createObjectNode();
        root.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        root.put("exit_code", r.outcome().exitCode);
        root.put("error", r.error());
        root.put("index", r.index().toString());
        root.put("started", r.started().toString());
        root.put("finished", r.finished().toString());
        root.put("elapsed_seconds", round(r.elapsedSeconds()));
        ObjectNode files = root.putObject("files");
        files.put("ingested", r.ingested());
        files.put("reextracted", r.reextracted());
        files.put("unchanged", r.unchanged());
        files.put("failed", r.failed());
        files.put("pruned", r.pruned().size());
        root.put("pages", r.pages());
        root.put("pages_per_second", round(r.pagesPerSecond()));
        root.put("threads", r.threads());
        root.put("parse_seconds", round(r.parseSeconds()));
        ObjectNode records = root.putObject("records");
        r.records().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> records.put(e.getKey(), e.getValue()));
        root.set("failures", FailureJson.array(json, r.failures()));
        root.set("pruned", json.valueToTree(r.pruned()));
        return root;
    }

    public void write(RunReport report, Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)) + "\n");
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
