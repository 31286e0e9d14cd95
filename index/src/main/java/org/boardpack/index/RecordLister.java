package org.boardpack.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Lists every record a {@link RecordSelection} asks for, paging through the hits with
 * {@code searchAfter} so no limit on the number of records is guessed. Ranked selections (a query)
 * keep Lucene's order; unranked ones are put in a stable order (date, path, list order) here,
 * because equal scores leave Lucene's order to segment layout.
 */
final class RecordLister {

    /** Hits fetched per round trip: large enough to be few, small enough to bound the heap per page. */
    private static final int PAGE = 1_000;

    private final IndexSearcher searcher;
    private final SearchQueries queries;

    RecordLister(IndexSearcher searcher, SearchQueries queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    List<IndexedRecord> list(RecordSelection selection) throws IOException, InvalidQueryException {
        boolean ranked = selection.query() != null;
        Query parsed = ranked ? queries.parse(selection.query()).query() : new MatchAllDocsQuery();
        Query query = queries.filtered(parsed, selection.filters());
        if (selection.meeting() != null) {
            query = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.MEETING, selection.meeting())), BooleanClause.Occur.FILTER)
                    .build();
        }
        // unranked selections are ordered here, after reading them all, so the limit applies after
        int wanted = ranked && selection.limit() > 0 ? selection.limit() : Integer.MAX_VALUE;
        Sort sort = ranked ? SearchQueries.sort(selection.order()) : null;
        List<IndexedRecord> records = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc after = null;
        while (records.size() < wanted) {
            int n = Math.min(PAGE, wanted - records.size());
            TopDocs top = sort == null ? searcher.searchAfter(after, query, n)
                    : searcher.searchAfter(after, query, n, sort, true);
            for (ScoreDoc sd : top.scoreDocs) {
                records.add(record(stored.document(sd.doc)));
            }
            if (top.scoreDocs.length < n) {
                break;
            }
            after = top.scoreDocs[top.scoreDocs.length - 1];
        }
        if (ranked) {
            return records;
        }
        records.sort(sourceOrder(selection.order()));
        return selection.limit() > 0 && records.size() > selection.limit()
                ? List.copyOf(records.subList(0, selection.limit())) : records;
    }

    private static Comparator<IndexedRecord> sourceOrder(SearchOrder order) {
        Comparator<IndexedRecord> source = Comparator.comparing(IndexedRecord::path)
                .thenComparing(IndexedRecord::type)
                .thenComparingInt(IndexedRecord::ordinal);
        if (order != SearchOrder.DATE) {
            return source;
        }
        // newest first; a record without a meeting has no date and goes after every dated one
        return Comparator.comparing(IndexedRecord::date, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                .thenComparing(source);
    }

    private static IndexedRecord record(Document d) {
        IndexableField page = d.getField(IndexFields.PAGE);
        return new IndexedRecord(d.get(IndexFields.TYPE), d.get(IndexFields.MEETING), d.get(IndexFields.BODY),
                d.get(IndexFields.DATE), d.get(IndexFields.PATH),
                page == null ? null : page.numericValue().intValue(), ordinal(d.get(IndexFields.KEY)),
                d.get(IndexFields.JSON));
    }

    /** The {@code n} of the key {@code sha256/type/n}: the record's place in its file's list. */
    private static int ordinal(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('/') + 1));
    }
}
