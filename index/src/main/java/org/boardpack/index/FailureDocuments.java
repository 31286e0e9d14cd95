package org.boardpack.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The {@code failure} document: one per failed file, beside (never instead of) the records other
 * files have. It carries the file's path like every document of that file, so replacing the file's
 * records on a later success removes it too; it has no searchable text, so it is never a search hit.
 */
final class FailureDocuments {

    static final String TYPE_FAILURE = "failure";
    static final String KIND = "failure_kind";
    static final String REASON = "failure_reason";
    static final String TIME = "failure_time";

    private FailureDocuments() {
    }

    /** The unique key of a file's failure document: a new failure of the same file replaces it. */
    static Term key(String path) {
        // record keys are "sha256/type/n"; this prefix can never collide with one
        return new Term(IndexFields.KEY, "failure:" + path);
    }

    static Document of(FailureRecord f, String extractorVersion) {
        Document d = new Document();
        d.add(new StringField(IndexFields.KEY, key(f.path()).text(), Field.Store.YES));
        d.add(new StringField(IndexFields.PATH, f.path(), Field.Store.YES));
        d.add(new StringField(IndexFields.TYPE, TYPE_FAILURE, Field.Store.YES));
        if (f.sha256() != null) {
            d.add(new StringField(IndexFields.SHA256, f.sha256(), Field.Store.YES));
        }
        d.add(new StringField(IndexFields.EXTRACTOR_VERSION, extractorVersion, Field.Store.YES));
        d.add(new StringField(KIND, f.kind(), Field.Store.YES));
        d.add(new StoredField(REASON, f.reason()));
        if (f.page() != null) {
            d.add(new StoredField(IndexFields.PAGE, f.page()));
        }
        d.add(new StoredField(TIME, f.time().toString()));
        return d;
    }

    static FailureRecord read(Document d) {
        IndexableField page = d.getField(IndexFields.PAGE);
        return new FailureRecord(d.get(IndexFields.PATH), d.get(IndexFields.SHA256), d.get(KIND), d.get(REASON),
                page == null ? null : page.numericValue().intValue(), Instant.parse(d.get(TIME)));
    }

    static Query all() {
        return new TermQuery(new Term(IndexFields.TYPE, TYPE_FAILURE));
    }

    /** Every failure document, by path. */
    static List<FailureRecord> readAll(IndexSearcher searcher) throws IOException {
        Query q = all();
        int n = Math.max(1, searcher.count(q));
        StoredFields stored = searcher.storedFields();
        List<FailureRecord> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, n).scoreDocs) {
            out.add(read(stored.document(sd.doc)));
        }
        out.sort(Comparator.comparing(FailureRecord::path));
        return out;
    }
}
