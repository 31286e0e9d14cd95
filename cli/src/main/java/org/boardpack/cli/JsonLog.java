package org.boardpack.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.boardpack.app.ingest.FileEvent;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.app.ingest.RunReportWriter;
import org.boardpack.index.FailureRecord;

/**
 * One JSON object per line on stdout, for log shippers: {@code run_started}, one {@code file} per
 * file (path, outcome, pages, ms, and the failure's kind, reason and page), {@code pruned} /
 * {@code not_pruned}, and {@code run_finished} with the fields of the run report. Nothing else is
 * printed, so every line of the log parses.
 */
final class JsonLog implements IngestListener {

    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();
    private final RunReportWriter reports;

    JsonLog(PrintWriter out, RunReportWriter reports) {
        this.out = out;
        this.reports = reports;
    }

    @Override
    public void started(int files, int threads) {
        ObjectNode e = event("run_started");
        e.put("files", files);
        e.put("threads", threads);
        emit(e);
    }

    @Override
    public void file(FileEvent f) {
        ObjectNode e = event("file");
        e.put("path", f.path());
        e.put("outcome", f.result().name().toLowerCase(Locale.ROOT));
        e.put("pages", f.pages());
        e.put("ms", f.millis());
        if (f.failure() != null) {
            e.put("kind", f.failure().kind());
            e.put("reason", f.failure().reason());
            e.put("page", f.failure().page());
        }
        emit(e);
    }

    @Override
    public void pruned(List<String> removed, List<FailureRecord> notPruned) {
        for (String path : removed) {
            emit(event("pruned").put("path", path));
        }
        for (FailureRecord p : notPruned) {
            emit(event("not_pruned").put("path", p.path()).put("reason", p.reason()));
        }
    }

    @Override
    public void finished(RunReport report, int heldFailures) {
        ObjectNode e = event("run_finished");
        e.setAll(reports.toJson(report));
        e.put("failures_in_index", heldFailures);
        emit(e);
    }

    private ObjectNode event(String name) {
        ObjectNode e = json.createObjectNode();
        e.put("event", name);
        e.put("time", Instant.now().toString());
        return e;
    }

    private void emit(ObjectNode e) {
        try {
            out.println(json.writeValueAsString(e));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException("cannot write a JSON log line", ex);
        }
        out.flush();
    }
}
