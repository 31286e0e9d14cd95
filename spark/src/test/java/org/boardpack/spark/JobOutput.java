package org.boardpack.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a local job output folder back: each dataset's lines as JSON, for the tests' assertions. */
final class JobOutput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    JobOutput(Path root) {
        this.root = root;
    }

    List<JsonNode> lines(String dataset) {
        Path dir = root.resolve(dataset);
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The records by {@code source.path}; a path written twice fails the test that reads it. */
    Map<String, JsonNode> recordsByPath() {
        return byPath(lines(OutputLines.RECORDS), n -> n.path("source").path("path").asText());
    }

    Map<String, JsonNode> failuresByPath() {
        return byPath(lines(OutputLines.FAILURES), n -> n.path("path").asText());
    }

    Map<String, JsonNode> manifestByPath() {
        return byPath(lines(OutputLines.MANIFEST), n -> n.path("path").asText());
    }

    /** Every file under the output (the record files' names and sizes), to see that nothing changed. */
    Map<String, Long> listing() {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.size(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, JsonNode> byPath(List<JsonNode> nodes, java.util.function.Function<JsonNode, String> key) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode n : nodes) {
            if (out.put(key.apply(n), n) != null) {
                throw new AssertionError("written twice: " + key.apply(n));
            }
        }
        return out;
    }
}
