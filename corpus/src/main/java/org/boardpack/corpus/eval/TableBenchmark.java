package org.boardpack.corpus.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableAdjacency;
import org.boardpack.ingest.tables.TableCsv;
import org.boardpack.ingest.tables.TableFinder;

/**
 * Table extraction against PDFs whose expected table is given as CSV beside them (the layout of
 * tabula-java's test files): for each file, the produced table sharing most cells with the expected
 * one is scored with the evaluator's measures — cell agreement (share of expected non-empty cells
 * found) and ICDAR 2013 adjacency precision, recall and F1.
 */
public final class TableBenchmark {

    /** One file's figures; {@code method} is the detector that found the best table, or null. */
    public record FileScore(String file, int expectedCells, double cellAgreement, int expectedRelations,
                            int producedRelations, int matchedRelations, String method) {

        public double precision() {
            return producedRelations == 0 ? 0 : (double) matchedRelations / producedRelations;
        }

        public double recall() {
            return expectedRelations == 0 ? 0 : (double) matchedRelations / expectedRelations;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final FileIngester ingester;
    private final TableFinder finder;

    public TableBenchmark(FileIngester ingester, TableFinder finder) {
        this.ingester = ingester;
        this.finder = finder;
    }

    public List<FileScore> run(Path dir) throws IOException {
        List<FileScore> out = new ArrayList<>();
        List<Path> csvs;
        try (Stream<Path> s = Files.list(dir)) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path csv : csvs) {
            Path pdf = csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".pdf"));
            if (Files.exists(pdf)) {
                out.add(score(pdf, TableCsv.parse(Files.readString(csv))));
            }
        }
        return out;
    }

    FileScore score(Path pdf, List<List<String>> expectedRows) {
        Map<String, Integer> expectedCells = cells(expectedRows);
        int expectedCount = expectedCells.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> expectedRelations = TableAdjacency.relations(expectedRows);
        int expectedRel = size(expectedRelations);
        // tabula's expected CSV is every table of one page, one under the other; compare likewise,
        // page by page (before tables are joined across pages), on the page that agrees best
        List<List<List<String>>> pages = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        try {
            ParsedDocument doc = ingester.ingest(pdf);
            for (var page : doc.pages()) {
                List<DetectedTable> tables = finder.onPage(page);
                if (!tables.isEmpty()) {
                    pages.add(stacked(tables));
                    methods.add(tables.stream().map(DetectedTable::method).distinct().sorted()
                            .reduce((a, b) -> a + "+" + b).orElseThrow());
                }
            }
        } catch (IngestException e) {
            // scored as nothing found
        }
        int best = -1;
        int bestShared = -1;
        for (int i = 0; i < pages.size(); i++) {
            int shared = shared(expectedCells, cells(pages.get(i)));
            if (shared > bestShared) {
                bestShared = shared;
                best = i;
            }
        }
        if (best < 0) {
            return new FileScore(pdf.getFileName().toString(), expectedCount, 0, expectedRel, 0, 0, null);
        }
        Map<String, Integer> produced = TableAdjacency.relations(pages.get(best));
        return new FileScore(pdf.getFileName().toString(), expectedCount,
                expectedCount == 0 ? 0 : (double) bestShared / expectedCount, expectedRel, size(produced),
                shared(expectedRelations, produced), methods.get(best));
    }

    /** The tables of a page one under the other, padded to the widest. */
    private static List<List<String>> stacked(List<DetectedTable> tables) {
        int width = tables.stream().mapToInt(DetectedTable::columns).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (DetectedTable t : tables) {
            for (List<String> row : t.rows()) {
                List<String> padded = new ArrayList<>(row);
                while (padded.size() < width) {
                    padded.add("");
                }
                rows.add(padded);
            }
        }
        return rows;
    }

    private static Map<String, Integer> cells(List<List<String>> rows) {
        return TableAdjacency.cells(rows);
    }

    private static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        return TableAdjacency.shared(a, b);
    }

    private static int size(Map<String, Integer> m) {
        return TableAdjacency.size(m);
    }
}
