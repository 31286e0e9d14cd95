package org.boardpack.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.boardpack.index.bodies.ActionEvidence;
import org.boardpack.index.bodies.ActionSignature;
import org.boardpack.model.BoardpackJson;

/**
 * The {@link ActionSignature signatures} of the index's actions, by the file that lists them and the
 * body its meeting is printed with there: the evidence that two names printed in different folders
 * are one body's. An action whose meeting names no body is evidence for every name its file prints.
 */
final class ActionSignatures implements ActionEvidence {

    /** The key of a file's printing of a name. */
    static String key(String body, Path file) {
        return body + "\n" + file;
    }

    private final Map<String, Set<String>> byName = new HashMap<>();
    private final Map<Path, Set<String>> unnamed = new HashMap<>();

    ActionSignatures(IndexSearcher searcher) throws IOException {
        ObjectMapper json = BoardpackJson.newMapper();
        Query actions = new TermQuery(new Term(IndexFields.TYPE, "action"));
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(actions, Math.max(1, searcher.count(actions))).scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(IndexFields.BODY, IndexFields.PATH, IndexFields.JSON));
            String path = d.get(IndexFields.PATH);
            String text = d.get(IndexFields.JSON);
            if (path == null || text == null) {
                continue;
            }
            JsonNode a = json.readTree(text);
            String signature = ActionSignature.of(a.path("ref").asText(null), a.path("description").asText(null));
            if (signature == null) {
                continue;
            }
            String body = d.get(IndexFields.BODY);
            if (body != null) {
                byName.computeIfAbsent(key(body, Path.of(path)), k -> new HashSet<>()).add(signature);
            } else {
                unnamed.computeIfAbsent(Path.of(path), k -> new HashSet<>()).add(signature);
            }
        }
    }

    /** The signatures of the actions a file lists under the name {@code body} (and those under no name). */
    @Override
    public Set<String> of(String body, Path file) {
        Set<String> out = new HashSet<>(byName.getOrDefault(key(body, file), Set.of()));
        out.addAll(unnamed.getOrDefault(file, Set.of()));
        return out;
    }
}
