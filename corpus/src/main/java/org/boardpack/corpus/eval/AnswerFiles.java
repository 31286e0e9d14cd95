package org.boardpack.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;

/**
 * The files of a gold folder that have answers: {@code <name>.pdf} with {@code <name>.json} beside
 * it, or in one of the extra answer folders (answers kept apart from papers that may not be copied,
 * such as the table answers this repository holds for the shared real-dev set). Where both exist
 * the record types are merged: a type the answers beside the paper lack is taken from the extra
 * folder. Extra answers that name a {@code source.sha256} apply only to the paper with that hash.
 */
final class AnswerFiles {

    /** A paper and its (merged) answers. */
    record Answered(Path pdf, ObjectNode answers) {
    }

    private final ObjectMapper json;
    private final List<Path> extraFolders;

    AnswerFiles(ObjectMapper json, List<Path> extraFolders) {
        this.json = json;
        this.extraFolders = List.copyOf(extraFolders);
    }

    List<Answered> list(Path gold) throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new IOException("no such directory: " + gold);
        }
        for (Path extra : extraFolders) {
            if (!Files.isDirectory(extra)) {
                throw new IOException("no such answers directory: " + extra);
            }
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(gold)) {
            pdfs = s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
        List<Answered> out = new ArrayList<>();
        for (Path pdf : pdfs) {
            String stem = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            ObjectNode merged = read(pdf.resolveSibling(stem + ".json"));
            for (Path extra : extraFolders) {
                ObjectNode more = read(extra.resolve(stem + ".json"));
                if (more == null || !sameFile(more, pdf)) {
                    continue;
                }
                if (merged == null) {
                    merged = more;
                } else {
                    for (Iterator<Map.Entry<String, JsonNode>> it = more.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        if (!merged.has(e.getKey())) {
                            merged.set(e.getKey(), e.getValue());
                        }
                    }
                }
            }
            if (merged != null) {
                out.add(new Answered(pdf, merged));
            }
        }
        return out;
    }

    private ObjectNode read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read the answers " + file + ": " + e.getMessage(), e);
        }
        if (!(node instanceof ObjectNode o)) {
            throw new IOException("the answers " + file + " are not a JSON object");
        }
        return o;
    }

    private static boolean sameFile(JsonNode answers, Path pdf) throws IOException {
        String sha = answers.path("source").path("sha256").asText("");
        if (sha.isEmpty()) {
            return true;
        }
        try {
            return sha.equalsIgnoreCase(FileIngester.sha256(pdf));
        } catch (IngestException e) {
            throw new IOException(e.oneLine(), e);
        }
    }
}
