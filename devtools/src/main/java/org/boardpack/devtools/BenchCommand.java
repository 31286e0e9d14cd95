package org.boardpack.devtools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.TableFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Throughput of each stage on the same files, beside PDFBox's plain text extraction: pages per
 * second after a warm-up pass, and the peak heap each stage reached. Run it with
 * {@code BOARDPACK_JAVA_OPTS=-Xmx512m} to check the memory bound.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure pages/s of PDFBox text extraction, the layout model, layout with tables, and the full "
                + "extraction, on the same PDFs; report peak heap per stage.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDFs or directories (default: the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    private static final int WARM_UP_PASSES = 2;
    /** As ingest does: decoded streams in memory up to this size, then temporary files. */
    private static final long STREAM_MEMORY = 64L * 1024 * 1024;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed passes after one warm-up (default: ${DEFAULT-VALUE}).")
    int repeat;


    @Option(names = "--one-pack-of", paramLabel = "PAGES",
            description = "Instead, concatenate the inputs into one pack of at least this many pages and measure that.")
    Integer onePackOf;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private interface Stage {
        int run(Path pdf) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = SourceFiles.expand(paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths).files();
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no PDF files to measure");
        }
        Path tmp = null;
        if (onePackOf != null) {
            tmp = Files.createTempFile("boardpack-bench-", ".pdf");
            int pages = concatenate(files, onePackOf, tmp);
            out.printf(Locale.ROOT, "One pack of %d pages (%s)%n", pages, tmp);
            files = List.of(tmp);
        }
        try {
            FileIngester ingester = new FileIngester();
            files = readable(out, ingester, files);
            TableFinder tables = TableFinder.standard();
            PackExtractor extractor = new PackExtractor(tables);
            List<String> names = List.of("PDFBox PDFTextStripper (plain)", "layout model (words, lines, rulings)",
                    "layout model + tables", "full extraction (boardpack/1)");
            List<Stage> stages = List.of(BenchCommand::plainText, f -> ingester.ingest(f).pageCount(), f -> {
                ParsedDocument doc = ingester.ingest(f);
                tables.find(doc);
                return doc.pageCount();
            }, f -> extractor.extract(ingester.ingest(f), f.toString()).source().pages());
            // warm every stage up before timing any, so no stage pays for the JIT of the others
            for (int w = 0; w < WARM_UP_PASSES; w++) {
                for (Stage stage : stages) {
                    for (Path f : files) {
                        stage.run(f);
                    }
                }
            }
            out.printf(Locale.ROOT, "%-38s %8s %9s %10s %12s%n", "stage", "pages", "seconds", "pages/s", "peak heap MB");
            for (int i = 0; i < stages.size(); i++) {
                measure(out, names.get(i), files, stages.get(i));
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The files ingest can read: a scan without --ocr, an encrypted or damaged file is named and left
     * out, so every stage measures the same pages and one bad file does not end the benchmark.
     */
    private static List<Path> readable(PrintWriter out, FileIngester ingester, List<Path> files) {
        List<Path> readable = new ArrayList<>();
        for (Path f : files) {
            try {
                ingester.ingest(f);
                readable.add(f);
            } catch (IngestException e) {
                out.printf(Locale.ROOT, "left out %s: %s%n", f.getFileName(), e.getMessage());
            }
        }
        return readable;
    }

    private void measure(PrintWriter out, String name, List<Path> files, Stage stage) throws Exception {
        HeapPeak heap = HeapPeak.start();
        long pages = 0;
        long started = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            for (Path f : files) {
                pages += stage.run(f);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long peak = heap.bytes();
        out.printf(Locale.ROOT, "%-38s %8d %9.2f %10.1f %12.0f%n", name, pages, seconds, pages / seconds,
                peak / (1024.0 * 1024.0));
        out.flush();
    }

    /** PDFBox's own text extraction of one PDF, as ingest loads it; the baseline the other stages are held to. */
    static int plainText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile(), MemoryUsageSetting.setupMixed(STREAM_MEMORY).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            return doc.getNumberOfPages();
        }
    }

    private static int concatenate(List<Path> files, int minPages, Path target) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        int pages = 0;
        while (pages < minPages) {
            for (Path f : files) {
                try (PDDocument d = Loader.loadPDF(f.toFile())) {
                    pages += d.getNumberOfPages();
                }
                merger.addSource(f.toFile());
                if (pages >= minPages) {
                    break;
                }
            }
        }
        merger.setDestinationFileName(target.toString());
        merger.mergeDocuments(MemoryUsageSetting.setupMixed(STREAM_MEMORY).streamCache);
        return pages;
    }
}
