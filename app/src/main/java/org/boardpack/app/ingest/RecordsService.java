package org.boardpack.app.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.boardpack.extract.PackExtractor;
import org.boardpack.model.PackRecord;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedFile;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.model.BoardpackCodec;

/**
 * Records in, index out: {@code boardpack/1} records already extracted (by {@code extract --out},
 * {@code export}, or workers of a distributed run) loaded into an index with the rules of
 * {@code ingest}: a record whose file the index holds with the same content is unchanged, a
 * record with extraction warnings is indexed and kept as a partial failure, and a line or file that
 * is not a {@code boardpack/1} record is reported as a failure while the others go on. The records
 * are read on the calling thread: there is nothing left to parse but JSON.
 */
public final class RecordsService {

    private final BoardpackCodec codec;

    public RecordsService(BoardpackCodec codec) {
        this.codec = codec;
    }

    /** @param reload index every record again, even one whose file the index holds unchanged */
    public RunReport load(List<Path> roots, BatchSettings settings, boolean reload, IngestListener listener) {
        RecordFiles inputs = RecordFiles.expand(roots);
        int records = inputs.files().stream().mapToInt(this::count).sum();
        return IndexSession.run(settings, PackExtractor.VERSION, records, inputs.problems(), listener,
                (writer, run, commits, tally) -> {
                    Map<String, IndexedFile> indexed = writer.indexedFiles();
                    for (Path file : inputs.files()) {
                        load(file, indexed, reload, run);
                    }
                });
    }

    private void load(Path file, Map<String, IndexedFile> indexed, boolean reload, IngestRun run) throws IndexException {
        try {
            if (RecordFiles.isLines(file)) {
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    int n = 0;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        n++;
                        if (!line.isBlank()) {
                            run.accept(outcome(line, file + ":" + n, file, indexed, reload));
                        }
                    }
                }
                return;
            }
            JsonNode tree = codec.mapper().readTree(file.toFile());
            if (tree != null && tree.isArray()) {
                int n = 0;
                for (JsonNode pack : tree) {
                    n++;
                    run.accept(outcome(pack.toString(), file + "[" + n + "]", file, indexed, reload));
                }
            } else {
                run.accept(outcome(tree == null ? "" : tree.toString(), file.toString(), file, indexed, reload));
            }
        } catch (IOException e) {
            run.accept(failed(file.toString(), file, FailureKind.UNREADABLE, "cannot read the records: " + e.getMessage()));
        }
    }

    /** One record's fate: unchanged, indexed, or a failure named by where it was read ({@code file:line}). */
    private FileOutcome outcome(String text, String where, Path file, Map<String, IndexedFile> indexed, boolean reload) {
        long started = System.nanoTime();
        PackRecord pack;
        try {
            pack = codec.pack(text);
        } catch (JsonProcessingException e) {
            return failed(where, file, FailureKind.DAMAGED, "not JSON: " + e.getOriginalMessage());
        }
        if (!PackRecord.SCHEMA.equals(pack.schema()) || pack.source() == null || pack.source().path() == null) {
            return failed(where, file, FailureKind.UNSUPPORTED_FORMAT,
                    "not a " + PackRecord.SCHEMA + " record (schema and source.path are required)");
        }
        String key = pack.source().path();
        IndexedFile before = indexed.get(key);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!reload && before != null && pack.source().sha256() != null && before.isCurrent(pack.source().sha256())) {
            return new FileOutcome.Unchanged(key, took);
        }
        boolean sameContent = before != null && before.sha256().equals(pack.source().sha256());
        return new FileOutcome.Extracted(key, pack, sameContent, took);
    }

    private static FileOutcome failed(String where, Path file, FailureKind kind, String reason) {
        return new FileOutcome.Failed(where, null, new IngestException(kind, file, reason), Duration.ZERO);
    }

    /** How many records a file holds, for the progress a listener shows: lines, array items, or one. */
    private int count(Path file) {
        try {
            if (RecordFiles.isLines(file)) {
                try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    return (int) lines.filter(l -> !l.isBlank()).count();
                }
            }
            JsonNode tree = codec.mapper().readTree(file.toFile());
            return tree != null && tree.isArray() ? tree.size() : 1;
        } catch (IOException | RuntimeException e) {
            return 1; // reported as a failure when it is read
        }
    }
}
