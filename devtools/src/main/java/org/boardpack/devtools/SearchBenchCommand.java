package org.boardpack.devtools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.boardpack.app.ingest.DirectoryTree;
import org.boardpack.app.ingest.PackPipeline;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.cli.BoardpackCommand;
import org.boardpack.cli.ExitCodes;
import org.boardpack.model.BoardpackJson;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.model.pages.PageText;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.tables.TableFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The search benchmark: a large corpus ({@link BenchCorpus}) indexed through {@link PackIndexWriter}
 * beside a bare Lucene loop adding the same records, the index's size on disk, and the latency of
 * the researcher queries in {@code bench-queries.tsv} after a warm-up ({@link BenchLatency}). With
 * {@code --index DIR} nothing is built: the queries are timed against an index {@code ingest} made,
 * whose real packs a replicated corpus only imitates.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = {"Index a large corpus made from real extractions (records/s: ours beside a bare Lucene loop), "
                + "report the index size and the p50/p99 latency of fixed researcher queries.",
                "With --index DIR, time the same queries against an index made by 'boardpack ingest' instead."})
final class SearchBenchCommand implements Callable<Integer> {

    /** ingest's default batch (--commit-every), so the writer is measured as ingest uses it. */
    private static final int INGEST_COMMIT_EVERY = 20;


    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Packs to extract once (default: the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--packs", defaultValue = "2000", description = "Packs in the large corpus (default: ${DEFAULT-VALUE}).")
    int packs;

    @Option(names = "--rounds", defaultValue = "20", description = "Timed passes over the queries (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--work", paramLabel = "DIR", description = "Where to write the two indexes (emptied first); "
            + "needed unless --index is given.")
    Path work;

    @Option(names = "--index", paramLabel = "DIR", description = "Build nothing: time the queries against this "
            + "index, made by 'boardpack ingest', and report its size and records.")
    Path index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        if (index != null) {
            return existing(out);
        }
        if (work == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --work DIR to build a corpus there, or --index DIR to time an existing index");
        }
        List<Path> files = SourceFiles.expand(paths.isEmpty() ? List.of(BoardpackCommand.defaultCorpus()) : paths).files();
        if (files.isEmpty() || packs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no packs to extract, or --packs below 1");
        }
        ObjectMapper json = BoardpackJson.newMapper();
        long t0 = System.nanoTime();
        BenchCorpus corpus = BenchCorpus.extract(new PackPipeline(new FileIngester(), new PackExtractor(TableFinder.standard())),
                files, json);
        out.printf(Locale.ROOT, "Extracted %d source pack(s) in %.1f s; corpus: %d packs%n", corpus.sources(),
                seconds(t0), packs);
        out.flush();
        Path ours = DirectoryTree.emptied(work.resolve("boardpack-index"));
        Path bare = DirectoryTree.emptied(work.resolve("bare-lucene"));
        long records = 0;
        long oursNanos = 0;
        try (PackIndexWriter w = new PackIndexWriter(ours, "bench")) {
            for (int i = 0; i < packs; i++) {
                PackRecord p = corpus.pack(i);
                records += records(p);
                long s = System.nanoTime();
                w.replace(p);
                if ((i + 1) % INGEST_COMMIT_EVERY == 0 || i == packs - 1) {
                    w.commit();
                }
                oursNanos += System.nanoTime() - s;
            }
        }
        long bareNanos = 0;
        try (FSDirectory dir = FSDirectory.open(bare);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < packs; i++) {
                List<Document> docs = bareDocuments(corpus.pack(i), json);
                long s = System.nanoTime();
                w.addDocuments(docs);
                bareNanos += System.nanoTime() - s;
            }
            long s = System.nanoTime();
            w.commit();
            bareNanos += System.nanoTime() - s;
        }
        out.printf(Locale.ROOT, "Records: %d (%d packs)%n", records, packs);
        out.printf(Locale.ROOT, "Indexing, PackIndexWriter (a commit every 20 files, as ingest does): %.1f s, %.0f records/s; index %.1f MB%n",
                oursNanos / 1e9, records / (oursNanos / 1e9), megabytes(ours));
        out.printf(Locale.ROOT, "Indexing, bare Lucene loop (StandardAnalyzer, one commit): %.1f s, %.0f records/s; index %.1f MB%n",
                bareNanos / 1e9, records / (bareNanos / 1e9), megabytes(bare));
        out.flush();
        new BenchLatency(BenchQueries.standard(), rounds).run(ours, out, spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /** The queries against an index {@code ingest} made: its size and records, then the latencies. */
    private Integer existing(PrintWriter out) throws Exception {
        if (!paths.isEmpty() || work != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--index times an existing index; PATH and --work are for building one, not both");
        }
        if (!PackSearcher.exists(index)) {
            spec.commandLine().getErr().println("boardpack: no index at " + index + "; run boardpack ingest first");
            return ExitCodes.CANNOT_RUN;
        }
        IndexStats stats = IndexStats.of(index);
        out.printf(Locale.ROOT, "Index %s: %.1f MB, %d records%n", index, stats.megabytes(), stats.records());
        StringBuilder byType = new StringBuilder("Records:");
        stats.recordsByType().forEach((type, count) -> byType.append(' ').append(type).append(' ').append(count).append(','));
        out.println(byType.substring(0, byType.length() - (stats.recordsByType().isEmpty() ? 0 : 1)));
        out.flush();
        new BenchLatency(BenchQueries.standard(), rounds).run(index, out, spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    /** The same records as ours, each its JSON (a page its text), searchable and stored. */
    private static List<Document> bareDocuments(PackRecord p, ObjectMapper json) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (List<?> list : Arrays.asList(p.meetings(), p.agendaItems(), p.attendance(), p.decisions(), p.actions(), p.tables())) {
            for (Object record : list == null ? List.of() : list) {
                docs.add(bareDocument(p, json.writeValueAsString(record)));
            }
        }
        for (PageText page : p.pages() == null ? List.<PageText>of() : p.pages()) {
            docs.add(bareDocument(p, page.text()));
        }
        return docs;
    }

    private static Document bareDocument(PackRecord p, String text) {
        Document d = new Document();
        d.add(new StringField("path", p.source().path(), Field.Store.YES));
        d.add(new TextField("text", text, Field.Store.NO));
        d.add(new StoredField("json", text));
        return d;
    }

    private static long records(PackRecord p) {
        return Stream.of(p.meetings(), p.agendaItems(), p.attendance(), p.decisions(), p.actions(), p.tables(), p.pages())
                .mapToLong(l -> l == null ? 0 : l.size()).sum();
    }

    private static double megabytes(Path dir) throws IOException {
        return DirectoryTree.bytes(dir) / (1024.0 * 1024.0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
