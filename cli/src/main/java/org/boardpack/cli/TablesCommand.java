package org.boardpack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.export.TableWriter;
import org.boardpack.model.BoardpackJson;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Every table found in a PDF, ruled or not, joined across pages. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Print every table found in FILE: page, bbox (points, origin top-left), header rows and cells.")
final class TablesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A PDF.")
    Path file;

    @Option(names = "--pages", paramLabel = "SPEC", description = "Only tables starting on these pages, e.g. 3 or 1,4-6.")
    String pages;

    @Option(names = "--format", defaultValue = "json", description = "json, csv or md (default: ${DEFAULT-VALUE}).")
    TableWriter.Format format;

    @Option(names = "--csv-raw", description = "With csv: write cells as they are. By default a cell starting with "
            + "=, +, -, @, a tab or a carriage return gets a leading ' so a spreadsheet shows it as text, not a formula.")
    boolean csvRaw;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PageSpec wanted;
        try {
            wanted = PageSpec.parse(pages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pages: " + e.getMessage());
        }
        ParsedDocument doc;
        try {
            doc = new FileIngester().ingest(file);
        } catch (IngestException e) {
            spec.commandLine().getErr().println("FAILED " + e.oneLine());
            return ExitCodes.SOME_FAILED;
        }
        List<DetectedTable> tables = TableFinder.standard().find(doc).stream()
                .filter(t -> wanted.includes(t.page())).toList();
        out.print(new TableWriter(BoardpackJson.newMapper(), csvRaw).write(tables, format));
        out.flush();
        return ExitCodes.OK;
    }
}
