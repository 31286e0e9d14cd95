package org.boardpack.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.PackRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests files into the index, file by file: a bad file is reported with its reason and skipped,
 * the others go on; unchanged files (same content, same extractor) are not parsed again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Parse board-pack PDFs, extract their boardpack/1 records and add them to the index.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was ingested (or was unchanged)", "1:some files failed; each is reported",
                "2:usage error", "3:the run could not proceed (e.g. the index cannot be opened)"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "PDF files or directories (searched recursively). Default: the bundled sample corpus.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    IndexOption index;

    @Option(names = "--force", description = "Parse and extract every file again, even if unchanged.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<Path> inputs = paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths;
        SourceFiles.Expansion expansion = SourceFiles.expand(inputs);
        List<String> failures = new ArrayList<>(expansion.problems());
        expansion.problems().forEach(p -> err.println("FAILED " + p));
        PackPipeline pipeline = new PackPipeline(new FileIngester(), new PackExtractor());
        int ingested = 0;
        int unchanged = 0;
        long pages = 0;
        Map<String, Integer> records = new TreeMap<>();
        try (PackIndexWriter writer = new PackIndexWriter(index.dir, PackExtractor.VERSION)) {
            for (Path file : expansion.files()) {
                String key = file.toAbsolutePath().normalize().toString();
                try {
                    if (!force && writer.isCurrent(key, FileIngester.sha256(file))) {
                        unchanged++;
                        continue;
                    }
                    PackRecord record = pipeline.process(file, key);
                    writer.replace(record);
                    ingested++;
                    pages += record.source().pages();
                    count(records, "meetings", record.meetings());
                    count(records, "attendance", record.attendance());
                    count(records, "agenda_items", record.agendaItems());
                    count(records, "decisions", record.decisions());
                    count(records, "actions", record.actions());
                    count(records, "documents", record.documents());
                    count(records, "pages", record.pages());
                    count(records, "tables", record.tables());
                } catch (IngestException e) {
                    failures.add(e.oneLine());
                    err.println("FAILED " + e.oneLine());
                }
            }
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        double seconds = Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
        out.printf(Locale.ROOT, "Ingested %d file(s), %d unchanged, %d failed; %d pages in %.1f s (%.1f pages/s)%n",
                ingested, unchanged, failures.size(), pages, seconds, seconds > 0 ? pages / seconds : 0.0);
        StringBuilder byType = new StringBuilder();
        records.forEach((type, n) -> byType.append(byType.isEmpty() ? "" : ", ").append(type).append(' ').append(n));
        out.println("Records: " + (byType.isEmpty() ? "none" : byType));
        out.println("Index: " + index.dir.toAbsolutePath().normalize());
        if (!failures.isEmpty()) {
            out.println("Failures:");
            failures.forEach(f -> out.println("  " + f));
        }
        out.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static void count(Map<String, Integer> counts, String type, List<?> list) {
        if (list != null) {
            counts.merge(type, list.size(), Integer::sum);
        }
    }
}
