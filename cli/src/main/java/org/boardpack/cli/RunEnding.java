package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.app.ingest.RunReportWriter;

/**
 * How a batch command ends, {@code ingest} and {@code index-records} alike: the run report written
 * where {@code --report} asks, and the exit code the run's outcome tells the scheduler.
 */
final class RunEnding {

    private RunEnding() {
    }

    /** The exit code of the run, after writing its report to {@code reportFile} when one is given. */
    static int finish(RunReport report, Path reportFile, PrintWriter out, PrintWriter err) {
        if (reportFile != null) {
            try {
                new RunReportWriter().write(report, reportFile);
            } catch (IOException e) {
                err.println("boardpack: cannot write the run report to " + reportFile + ": " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
        }
        out.flush();
        return report.outcome().exitCode;
    }
}
