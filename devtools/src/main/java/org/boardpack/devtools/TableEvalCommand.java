package org.boardpack.devtools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.corpus.eval.TableBenchmark;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.tables.TableFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Table extraction scored against PDFs with an expected CSV beside them (tabula-java's test layout). */
@Command(name = "table-eval", mixinStandardHelpOptions = true,
        description = "Score table extraction on PDFs that have an expected <name>.csv beside them: cell agreement "
                + "and ICDAR 2013 adjacency precision/recall/F1 per file and in total.")
final class TableEvalCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "Directory of <name>.pdf + <name>.csv (default: ../shared/datasets/tabula-samples).")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path d = dir != null ? dir : BoardpackCommand.home().resolve("../shared/datasets/tabula-samples").normalize();
        if (!Files.isDirectory(d)) {
            spec.commandLine().getErr().println("boardpack: no such directory: " + d);
            return ExitCodes.CANNOT_RUN;
        }
        List<TableBenchmark.FileScore> scores = new TableBenchmark(new FileIngester(), TableFinder.standard()).run(d);
        out.printf(Locale.ROOT, "%-62s %6s %9s %6s %6s %6s  %s%n", "file", "cells", "agreement", "P", "R", "F1", "method");
        int e = 0;
        int p = 0;
        int m = 0;
        double agreement = 0;
        for (TableBenchmark.FileScore s : scores) {
            out.printf(Locale.ROOT, "%-62s %6d %9.3f %6.3f %6.3f %6.3f  %s%n", s.file(), s.expectedCells(),
                    s.cellAgreement(), s.precision(), s.recall(), s.f1(), s.method() == null ? "-" : s.method());
            e += s.expectedRelations();
            p += s.producedRelations();
            m += s.matchedRelations();
            agreement += s.cellAgreement();
        }
        double precision = p == 0 ? 0 : (double) m / p;
        double recall = e == 0 ? 0 : (double) m / e;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        out.printf(Locale.ROOT, "%-62s %6s %9.3f %6.3f %6.3f %6.3f%n", "all (mean agreement, micro adjacency)", "",
                scores.isEmpty() ? 0 : agreement / scores.size(), precision, recall, f1);
        out.flush();
        return ExitCodes.OK;
    }
}
