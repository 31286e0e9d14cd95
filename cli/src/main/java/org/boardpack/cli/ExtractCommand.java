package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.model.BoardpackJson;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes each file's boardpack/1 record as JSON without touching the index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the boardpack/1 JSON of each file (to stdout for one file; one <name>.json per file with --out).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF files.")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", description = "Write <name>.json per file into this directory.")
    Path outDir;

    @CommandLine.Mixin
    IngestLimitOptions limits;

    @CommandLine.Mixin
    OcrOption ocr;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outDir == null && files.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "several files need --out DIR (stdout takes one file's JSON)");
        }
        ObjectMapper json = BoardpackJson.newMapper();
        PackPipeline pipeline = new PackPipeline(new FileIngester(limits.limits(), ocr.scannedPages()), new PackExtractor());
        int failed = 0;
        for (Path file : files) {
            try {
                PackRecord record = pipeline.process(file, SourceFiles.display(file));
                if (record.warnings() != null) {
                    // the record is written without the types that failed; say which, and count it
                    failed++;
                    record.warnings().forEach(w -> err.println("WARNING " + file + ": partly extracted - " + w.oneLine()));
                }
                if (outDir == null) {
                    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(record));
                } else {
                    Files.createDirectories(outDir);
                    String name = file.getFileName().toString().replaceFirst("(?i)\\.pdf$", "") + ".json";
                    json.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve(name).toFile(), record);
                    out.println(file + " -> " + outDir.resolve(name));
                }
            } catch (IngestException e) {
                failed++;
                err.println("FAILED " + e.oneLine());
            } catch (IOException e) {
                err.println("boardpack: cannot write to " + outDir + ": " + e.getMessage());
                return ExitCodes.CANNOT_RUN;
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
