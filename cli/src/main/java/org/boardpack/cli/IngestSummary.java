package org.boardpack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.boardpack.app.ingest.RunReport;
import org.boardpack.app.ingest.SourceFiles;

/** The human summary at the end of an {@code ingest} run: counts, pages, records by type, failures. */
final class IngestSummary {

    private final boolean prune;

    /** @param prune whether the run pruned (then the summary says how many files it removed) */
    IngestSummary(boolean prune) {
        this.prune = prune;
    }

    void print(PrintWriter out, RunReport r, int heldFailures) {
        out.printf(Locale.ROOT, "Ingested %d file(s), %s%d unchanged, %d failed%s; %d pages in %.1f s "
                        + "(%.1f pages/s, %d thread%s)%n",
                r.ingested(), r.reextracted() > 0 ? r.reextracted() + " re-extracted, " : "", r.unchanged(), r.failed(),
                prune ? ", " + r.pruned().size() + " pruned" : "", r.pages(), r.elapsedSeconds(), r.pagesPerSecond(),
                r.threads(), r.threads() == 1 ? "" : "s");
        StringBuilder byType = new StringBuilder();
        r.records().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                byType.append(byType.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        out.println("Records: " + (byType.isEmpty() ? "none" : byType));
        out.println("Index: " + r.index());
        if (!r.failures().isEmpty()) {
            out.println("Failures:");
            r.failures().forEach(f -> out.println("  " + f.oneLine(SourceFiles.display(Path.of(f.path())))));
        }
        if (heldFailures > 0) {
            out.println("Failed files kept in the index: " + heldFailures + " (boardpack failures lists them)");
        }
        out.flush();
    }
}
