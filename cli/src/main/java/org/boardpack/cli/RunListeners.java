package org.boardpack.cli;

import java.io.PrintWriter;
import org.boardpack.app.ingest.IngestListener;
import org.boardpack.app.ingest.RunReportWriter;

/** What a batch run ({@code ingest}, {@code index-records}) prints as it goes, by {@code --log-format}. */
final class RunListeners {

    private RunListeners() {
    }

    static IngestListener of(BatchOptions.LogFormat format, boolean prune, PrintWriter out, PrintWriter err) {
        IngestSummary summary = new IngestSummary(prune);
        return switch (format) {
            case JSON -> new JsonLog(out, new RunReportWriter());
            case PLAIN -> new PlainLog(out, err, summary);
            case AUTO -> TerminalProgress.available()
                    ? new TerminalProgress(out, err, summary, TerminalWidth.detect())
                    : new PlainLog(out, err, summary);
        };
    }
}
