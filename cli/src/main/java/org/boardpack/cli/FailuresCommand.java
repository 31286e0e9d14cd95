package org.boardpack.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.ingest.FailureJson;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.index.FailureRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the files the index holds a failure for: what an operator checks after a night's run. */
@Command(name = "failures", mixinStandardHelpOptions = true,
        description = "List the files that could not be ingested, as kept in the index (each until the file "
                + "is ingested, fails again or is pruned).")
final class FailuresCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the failures as a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<FailureRecord> failures;
        try {
            failures = IndexedFailures.read(index.dir);
        } catch (IndexException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            try {
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(FailureJson.array(mapper, failures)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
            }
        } else {
            out.println(failures.size() + " failed file(s) in " + index.dir.toAbsolutePath().normalize());
            for (FailureRecord f : failures) {
                out.println("  " + f.oneLine(SourceFiles.display(Path.of(f.path()))) + "  (" + f.time() + ")");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
