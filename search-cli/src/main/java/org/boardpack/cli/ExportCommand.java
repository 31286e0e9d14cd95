package org.boardpack.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes every record in the index: one boardpack/1 object per source file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every record in the index as boardpack/1 JSON (an array) or JSON Lines (one file per line).")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, jsonl }

    @Mixin
    IndexOption index;

    @Option(names = "--format", defaultValue = "json", description = "json or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path outFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> records;
        try (PackSearcher searcher = new PackSearcher(index.dir)) {
            records = searcher.packRecordsJson();
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        ObjectMapper json = BoardpackJson.newMapper();
        try {
            Writer w = outFile == null ? spec.commandLine().getOut()
                    : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
            try {
                if (format == Format.jsonl) {
                    for (String r : records) {
                        w.write(r);
                        w.write('\n');
                    }
                } else {
                    var array = json.createArrayNode();
                    for (String r : records) {
                        JsonNode node = json.readTree(r);
                        array.add(node);
                    }
                    w.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                    w.write('\n');
                }
            } finally {
                if (outFile != null) {
                    w.close();
                } else {
                    w.flush();
                }
            }
        } catch (IOException e) {
            err.println("boardpack: cannot write the export to " + (outFile == null ? "stdout" : outFile) + ": "
                    + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (outFile != null) {
            spec.commandLine().getOut().println("Exported " + records.size() + " record(s) to " + outFile);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
