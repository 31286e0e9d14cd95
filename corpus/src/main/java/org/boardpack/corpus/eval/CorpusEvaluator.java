package org.boardpack.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.ingest.IngestException;

/**
 * Runs the pipeline on every paper of a gold folder that has answers and scores what it extracts,
 * in total, per producer family and per file. The measure says which rules apply and what the
 * figures mean: {@link Measure#REAL} scores hand-written answers on real papers (accuracy),
 * {@link Measure#GENERATED} the generator's complete answers (a regression floor). A paper the
 * pipeline cannot read scores as nothing produced and is listed as a failure.
 */
public final class CorpusEvaluator {

    /** What is measured, by which rules. */
    public enum Measure {
        REAL("real papers (accuracy)", new ReferenceScorer()),
        GENERATED("generated corpus (regression)", new PackScorer());

        private final String title;
        private final AnswerScorer scorer;

        Measure(String title, AnswerScorer scorer) {
            this.title = title;
            this.scorer = scorer;
        }

        public String title() {
            return title;
        }
    }

    static final List<String> TYPES = List.of("meetings", "documents", "agenda_items", "attendance", "decisions",
            "actions", "actions:action_log", "actions:minutes", "tables", "table_structure");
    /** The types a file's record counts add up over (the rest split or re-count these). */
    private static final List<String> FILE_TYPES = List.of("meetings", "agenda_items", "attendance", "decisions",
            "actions");

    private final PackReader reader;
    private final Measure measure;
    private final ObjectMapper json = BoardpackJson.newMapper();
    private final AnswerFiles answerFiles;

    public CorpusEvaluator(PackReader reader) {
        this(reader, Measure.GENERATED, List.of());
    }

    public CorpusEvaluator(PackReader reader, Measure measure, List<Path> extraAnswers) {
        this.reader = reader;
        this.measure = measure;
        this.answerFiles = new AnswerFiles(json, extraAnswers);
    }

    public EvalReport evaluate(Path gold) throws IOException {
        long started = System.nanoTime();
        Map<String, Tally> overall = new LinkedHashMap<>();
        Map<String, Map<String, Tally>> byProducer = new TreeMap<>();
        Map<String, int[]> producerCounts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<EvalReport.FileScore> files = new ArrayList<>();
        int pages = 0;
        for (AnswerFiles.Answered answered : answerFiles.list(gold)) {
            Path pdf = answered.pdf();
            JsonNode produced;
            String family;
            int filePages;
            try {
                PackRecord record = reader.read(pdf);
                produced = json.valueToTree(record);
                family = Producers.family(record.source().producer());
                filePages = record.source().pages();
            } catch (IngestException e) {
                failures.add(e.oneLine());
                produced = json.createObjectNode();
                family = "unknown";
                filePages = answered.answers().path("source").path("pages").asInt(0);
            }
            pages += filePages;
            int[] counts = producerCounts.computeIfAbsent(family, k -> new int[2]);
            counts[0]++;
            counts[1] += filePages;
            Map<String, Tally> scores = measure.scorer.score(answered.answers(), produced);
            Map<String, Tally> forProducer = byProducer.computeIfAbsent(family, k -> new LinkedHashMap<>());
            Tally fileTotal = new Tally();
            scores.forEach((type, tally) -> {
                overall.computeIfAbsent(type, k -> new Tally()).add(tally);
                forProducer.computeIfAbsent(type, k -> new Tally()).add(tally);
                if (FILE_TYPES.contains(type)) {
                    fileTotal.add(tally);
                }
            });
            TypeScore total = fileTotal.score("records");
            files.add(new EvalReport.FileScore(pdf.getFileName().toString(), family, total.expected(),
                    total.produced(), total.matched()));
        }
        Map<String, EvalReport.ProducerScores> producers = new LinkedHashMap<>();
        byProducer.forEach((family, tallies) -> producers.put(family, new EvalReport.ProducerScores(
                producerCounts.get(family)[0], producerCounts.get(family)[1], scores(tallies))));
        double seconds = (System.nanoTime() - started) / 1e9;
        return new EvalReport(measure.title(), gold.toString(), files.size(), pages, seconds, scores(overall),
                producers, files, failures);
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
}
