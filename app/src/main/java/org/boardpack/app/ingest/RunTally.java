package org.boardpack.app.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.model.PackRecord;
import org.boardpack.index.FailureRecord;

/** Counts one run as it goes; {@link #report} freezes it into a {@link RunReport}. One per run. */
public final class RunTally {

    private final Path index;
    private final Instant started = Instant.now();
    private final Map<String, Integer> records = new TreeMap<>();
    private final List<FailureRecord> failures = new ArrayList<>();
    private final List<String> pruned = new ArrayList<>();
    private final int threads;
    private int ingested;
    private int reextracted;
    private int unchanged;
    private long pages;
    private long workNanos;

    public RunTally(Path index, int threads) {
        this.index = index.toAbsolutePath().normalize();
        this.threads = threads;
    }

    /** @param again the same content was indexed before: extracted again, not new */
    public void ingested(PackRecord record, boolean again) {
        if (again) {
            reextracted++;
        } else {
            ingested++;
        }
        pages += record.source().pages();
        count("meetings", record.meetings());
        count("attendance", record.attendance());
        count("agenda_items", record.agendaItems());
        count("decisions", record.decisions());
        count("actions", record.actions());
        count("documents", record.documents());
        count("pages", record.pages());
        count("tables", record.tables());
    }

    public void unchanged() {
        unchanged++;
    }

    /** Time a worker spent on one file, whatever became of it. */
    public void worked(Duration took) {
        workNanos += took.toNanos();
    }

    public void failed(FailureRecord failure) {
        failures.add(failure);
    }

    public void pruned(List<String> paths) {
        pruned.addAll(paths);
    }

    /** The run as it ended; {@code error} is why it could not proceed, or {@code null}. */
    public RunReport report(String error) {
        RunReport.Outcome outcome = error != null ? RunReport.Outcome.COULD_NOT_RUN
                : failures.isEmpty() ? RunReport.Outcome.OK : RunReport.Outcome.SOME_FAILED;
        return new RunReport(outcome, error, index, started, Instant.now(), ingested, reextracted, unchanged, pages,
                records, failures, pruned, threads, workNanos / 1e9);
    }

    private void count(String type, List<?> list) {
        if (list != null) {
            records.merge(type, list.size(), Integer::sum);
        }
    }
}
