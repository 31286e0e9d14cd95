package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;

/**
 * The bundled corpus ingested once for the command tests that only read the index (surefire runs
 * the test classes in one JVM, and ingesting 503 pages takes a while on two cores), with the
 * corpus's answer files and the index's own whole-pack export to check the commands against.
 */
final class CorpusIndex {

    static final ObjectMapper JSON = BoardpackJson.newMapper();

    private static CorpusIndex built;

    final Path dir;
    /** The answers: what each pack holds by construction. */
    final List<PackRecord> answers;
    /** What the index holds, as 'export all' writes it: the records the typed exports must agree with. */
    final List<JsonNode> packs;

    private CorpusIndex(Path dir, List<PackRecord> answers, List<JsonNode> packs) {
        this.dir = dir;
        this.answers = answers;
        this.packs = packs;
    }

    static synchronized CorpusIndex get() {
        if (built == null) {
            built = build();
        }
        return built;
    }

    private static CorpusIndex build() {
        try {
            Path corpus = Path.of(System.getProperty("boardpack.root", "..")).resolve("corpus/packs").toAbsolutePath().normalize();
            Path dir = Files.createTempDirectory("boardpack-corpus-index");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            CliRun run = CliRun.of("ingest", corpus.toString(), "--index", dir.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            List<PackRecord> answers = new ArrayList<>();
            try (Stream<Path> s = Files.list(corpus)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    answers.add(JSON.readValue(p.toFile(), PackRecord.class));
                }
            }
            CliRun all = CliRun.of("export", "--index", dir.toString());
            assertEquals(0, all.exitCode(), all.err());
            List<JsonNode> packs = new ArrayList<>();
            JSON.readTree(all.out()).forEach(packs::add);
            return new CorpusIndex(dir, List.copyOf(answers), List.copyOf(packs));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command line against this index and insists it succeeded. */
    CliRun run(String... args) {
        CliRun run = CliRun.of(withIndex(args));
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    String[] withIndex(String... args) {
        return Stream.concat(Stream.of(args), Stream.of("--index", dir.toString())).toArray(String[]::new);
    }

    JsonNode json(String... args) {
        try {
            return JSON.readTree(run(args).out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of one boardpack/1 list ({@code decisions}, …) over all packs. */
    List<JsonNode> records(String list) {
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode pack : packs) {
            pack.path(list).forEach(records::add);
        }
        return records;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
