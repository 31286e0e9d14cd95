package org.boardpack.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;

/**
 * The files the index holds, the only ones the server sends: a requested path is looked up as a
 * string among the paths the index stored, never resolved against the file system, so no
 * {@code ..}, encoding or link can reach another file.
 */
public final class IndexedFiles {

    private final Set<String> paths;

    private IndexedFiles(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    /** Reads the path of every whole-pack record of the index. */
    public static IndexedFiles of(PackSearcher searcher, ObjectMapper json) throws IndexException, IOException {
        Set<String> paths = new HashSet<>();
        Iterator<String> packs = searcher.eachPackRecordJson();
        while (packs.hasNext()) {
            JsonNode path = json.readTree(packs.next()).path("source").path("path");
            if (path.isTextual()) {
                paths.add(path.asText());
            }
        }
        return new IndexedFiles(paths);
    }

    /** The file at {@code path} when the index holds that path and it is still a readable file; else 404. */
    public Path require(String path) {
        if (path == null || !paths.contains(path)) {
            throw HttpProblem.notFound("no file with that path is in the index");
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw HttpProblem.notFound("the indexed file is no longer there: " + file.getFileName());
        }
        return file;
    }

    public int size() {
        return paths.size();
    }
}
