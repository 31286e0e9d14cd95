package org.boardpack.corpus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.boardpack.extract.BoardpackJson;
import org.boardpack.extract.PackRecord;
import org.boardpack.ingest.IngestException;

/**
 * Runs the pipeline on every pack of a gold directory that has answers ({@code <name>.pdf} beside
 * {@code <name>.json}) and scores what it extracts, in total and per producer family. A pack the
 * pipeline cannot read scores as nothing produced and is listed as a failure.
 */
public final class CorpusEvaluator {

    static final List<String> TYPES = List.of("meetings", "documents", "agenda_items", "attendance", "decisions",
            "actions", "tables", "table_structure");

    private final PackReader reader;
    private final PackScorer scorer = new PackScorer();
    private final ObjectMapper json = BoardpackJson.newMapper();

    public CorpusEvaluator(PackReader reader) {
        this.reader = reader;
    }

    public EvalReport evaluate(Path gold) throws IOException {
        long started = System.nanoTime();
        Map<String, Tally> overall = new LinkedHashMap<>();
        Map<String, Map<String, Tally>> byProducer = new TreeMap<>();
        Map<String, int[]> producerCounts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int packs = 0;
        int pages = 0;
        for (Path answers : answerFiles(gold)) {
            Path pdf = answers.resolveSibling(answers.getFileName().toString().replaceFirst("\\.json$", ".pdf"));
            if (!Files.exists(pdf)) {
                continue;
            }
            PackRecord expected = json.readValue(answers.toFile(), PackRecord.class);
            PackRecord produced;
            String family;
            try {
                produced = reader.read(pdf);
                family = Producers.family(produced.source().producer());
            } catch (IngestException e) {
                failures.add(e.oneLine());
                produced = empty(expected);
                family = "unknown";
            }
            packs++;
            pages += expected.source().pages();
            int[] counts = producerCounts.computeIfAbsent(family, k -> new int[2]);
            counts[0]++;
            counts[1] += expected.source().pages();
            Map<String, Tally> scores = scorer.score(expected, produced);
            Map<String, Tally> forProducer = byProducer.computeIfAbsent(family, k -> new LinkedHashMap<>());
            scores.forEach((type, tally) -> {
                overall.computeIfAbsent(type, k -> new Tally()).add(tally);
                forProducer.computeIfAbsent(type, k -> new Tally()).add(tally);
            });
        }
        Map<String, EvalReport.ProducerScores> producers = new LinkedHashMap<>();
        byProducer.forEach((family, tallies) -> producers.put(family, new EvalReport.ProducerScores(
                producerCounts.get(family)[0], producerCounts.get(family)[1], scores(tallies))));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new EvalReport(gold.toString(), packs, pages, seconds, scores(overall), producers, failures);
    }

    private static List<TypeScore> scores(Map<String, Tally> tallies) {
        List<TypeScore> out = new ArrayList<>();
        for (String type : TYPES) {
            Tally t = tallies.get(type);
            if (t != null) {
                out.add(t.score(type));
            }
        }
        return out;
    }

    private static PackRecord empty(PackRecord expected) {
        return new PackRecord(PackRecord.SCHEMA, expected.source(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static List<Path> answerFiles(Path gold) throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new IOException("no such directory: " + gold);
        }
        try (Stream<Path> s = Files.list(gold)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".plan.json")).sorted().toList();
        }
    }
}
