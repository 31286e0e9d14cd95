package org.boardpack.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.boardpack.index.register.ActionSnapshot;

/**
 * The whole-pack records (one {@code boardpack/1} object per file), read one at a time in path
 * order so an export of every file, or of the action register, never holds them all. Only the
 * files' paths and document numbers are kept in memory (a few bytes per file); the documents
 * belong to one open reader, as the searcher's are.
 */
final class PackRecordsReader {

    private record Pack(String path, int doc) {
    }

    private final IndexSearcher searcher;
    private final List<Pack> packs;

    PackRecordsReader(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        TermQuery q = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK));
        StoredFields stored = searcher.storedFields();
        List<Pack> found = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs) {
            found.add(new Pack(stored.document(sd.doc, Set.of(IndexFields.PATH)).get(IndexFields.PATH), sd.doc));
        }
        found.sort(Comparator.comparing(Pack::path));
        this.packs = List.copyOf(found);
    }

    /** Each file's {@code boardpack/1} JSON as stored, read as the iterator advances. */
    Iterator<String> json() {
        Iterator<Pack> each = packs.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public String next() {
                return read(each.next());
            }
        };
    }

    /**
     * The action snapshots body by body ({@link ActionSnapshot#bodyKey()} order, as the linker takes
     * them), each body's list in path order: the rows linked together never span two bodies, so one
     * body's rows are all that need be held. A first pass reads every file once to learn which
     * bodies it has rows of; each body then reads again only its own files.
     *
     * @param body a body's name or slug in any case, or null for every body
     */
    Iterator<List<ActionSnapshot>> actionsByBody(ActionRecords records, String body) {
        Map<String, List<Pack>> byBody = new TreeMap<>();
        for (Pack p : packs) {
            for (ActionSnapshot s : snapshots(records, p, body)) {
                List<Pack> of = byBody.computeIfAbsent(s.bodyKey(), k -> new ArrayList<>());
                if (of.isEmpty() || of.getLast() != p) {
                    of.add(p);
                }
            }
        }
        Iterator<Map.Entry<String, List<Pack>>> bodies = byBody.entrySet().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return bodies.hasNext();
            }

            @Override
            public List<ActionSnapshot> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Map.Entry<String, List<Pack>> b = bodies.next();
                List<ActionSnapshot> rows = new ArrayList<>();
                for (Pack p : b.getValue()) {
                    snapshots(records, p, body).stream().filter(s -> s.bodyKey().equals(b.getKey())).forEach(rows::add);
                }
                return rows;
            }
        };
    }

    private List<ActionSnapshot> snapshots(ActionRecords records, Pack p, String body) {
        try {
            return records.of(List.of(read(p)), body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the stored record of " + p.path() + " is not boardpack/1 JSON", e);
        }
    }

    private String read(Pack p) {
        try {
            return searcher.storedFields().document(p.doc(), Set.of(IndexFields.JSON)).get(IndexFields.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
