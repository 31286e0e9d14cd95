package org.boardpack.extract.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.boardpack.extract.PackExtractor;
import org.boardpack.extract.fixtures.CrowdedPage;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.layout.ReadingOrder;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;

/**
 * Time against words per page (issue 19: one page of 200,000 words must take seconds, not time
 * growing with the square of its words). For each shape of {@link CrowdedPage} and each size, one
 * page is drawn and timed through each stage: reading the PDF into lines, finding its tables,
 * putting it in reading order, and the whole extraction (which finds the tables and reading order
 * again, with every record type). A benchmark, not a test: run it by hand, e.g.
 * <pre>
 * ./mvnw -q -o test-compile -pl extract
 * java -cp extract/target/test-classes:search-cli/target/boardpack.jar \
 *     org.boardpack.extract.bench.CrowdedPageBenchmark [WORDS...]
 * </pre>
 */
public final class CrowdedPageBenchmark {

    private CrowdedPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 50_000, 100_000, 200_000)
                : java.util.Arrays.stream(args).map(Integer::valueOf).toList();
        FileIngester ingester = new FileIngester();
        Path dir = Files.createTempDirectory("crowded-page-");
        try {
            // a small page first, so the first timed size does not pay for loading classes and the JIT
            run(ingester, dir, 2_000, CrowdedPage.Shape.PROSE, null);
            System.out.printf(Locale.ROOT, "%-12s %8s %7s %8s %8s %9s %9s %9s%n", "shape", "words", "lines",
                    "read s", "tables s", "order s", "extract s", "total s");
            for (CrowdedPage.Shape shape : CrowdedPage.Shape.values()) {
                for (int words : sizes) {
                    run(ingester, dir, words, shape, shape.name().toLowerCase(Locale.ROOT));
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(FileIngester ingester, Path dir, int words, CrowdedPage.Shape shape, String name)
            throws Exception {
        Path pdf = CrowdedPage.draw(dir.resolve(shape + "-" + words + ".pdf"), words, shape);
        long t0 = System.nanoTime();
        ParsedDocument doc = ingester.ingest(pdf);
        long t1 = System.nanoTime();
        Page page = doc.pages().getFirst();
        List<DetectedTable> tables = TableFinder.standard().onPage(page);
        long t2 = System.nanoTime();
        new ReadingOrder().text(page, tables);
        long t3 = System.nanoTime();
        new PackExtractor().extract(doc, pdf.getFileName().toString());
        long t4 = System.nanoTime();
        if (name != null) {
            System.out.printf(Locale.ROOT, "%-12s %8d %7d %8.2f %8.2f %9.2f %9.2f %9.2f%n", name, words,
                    page.lines().size(), s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t4 - t0));
        }
        Files.delete(pdf);
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
