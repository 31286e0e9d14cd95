package org.boardpack.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Lists every record a {@link RecordSelection} asks for, lazily: records are read from the index
 * as the caller iterates, so an export of the whole index holds one batch at a time, never the
 * whole list. Ranked selections (a query) page through Lucene's order with {@code searchAfter}.
 * Unranked ones are in a stable source order (path, type, list order) that Lucene cannot sort by
 * (the path has no doc values), so they are read file by file in path order, one file's records
 * at a time; in date order, day by day from Lucene's date sort, each day's records in source order.
 */
final class RecordLister {

    /** Hits fetched per round trip: large enough to be few, small enough to bound the heap per page. */
    private static final int PAGE = 1_000;
    private static final Comparator<IndexedRecord> SOURCE_ORDER = Comparator.comparing(IndexedRecord::path)
            .thenComparing(IndexedRecord::type)
            .thenComparingInt(IndexedRecord::ordinal);

    /** The stored fields a listed record is made of: a page's text, the longest field, is never decoded. */
    private static final java.util.Set<String> LISTED_FIELDS = java.util.Set.of(IndexFields.TYPE, IndexFields.MEETING,
            IndexFields.BODY, IndexFields.DATE, IndexFields.PATH, IndexFields.PAGE, IndexFields.KEY, IndexFields.JSON);

    private final IndexSearcher searcher;
    private final SearchQueries queries;

    RecordLister(IndexSearcher searcher, SearchQueries queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    List<IndexedRecord> list(RecordSelection selection) throws IOException, InvalidQueryException {
        List<IndexedRecord> records = new ArrayList<>();
        try {
            iterate(selection, null).forEachRemaining(records::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return records;
    }

    /**
     * The records, read as the iterator advances; an index that cannot be read then throws
     * {@link UncheckedIOException}.
     *
     * @param candidates a further filter (null for none), e.g. the records that may name a person
     */
    Iterator<IndexedRecord> iterate(RecordSelection selection, Query candidates) throws IOException, InvalidQueryException {
        boolean ranked = selection.query() != null;
        Query query = query(selection, candidates);
        Iterator<IndexedRecord> records;
        if (ranked) {
            records = new Batches(new Ranked(query, SearchQueries.sort(selection.order())));
        } else if (selection.order() == SearchOrder.DATE) {
            records = new Batches(new ByDay(query));
        } else if (candidates != null || searcher.count(query) <= PAGE) {
            // a narrow selection (one meeting's records, say): one search, not one per file; so too
            // the records that may name a person, which their caller holds all at once anyway
            records = new Batches(new AllAtOnce(query));
        } else {
            records = new Batches(new ByFile(query, paths()));
        }
        return selection.limit() > 0 ? limited(records, selection.limit()) : records;
    }

    /** How many records the selection lists (its limit aside), counted without reading one. */
    int count(RecordSelection selection) throws IOException, InvalidQueryException {
        return searcher.count(query(selection, null));
    }

    private Query query(RecordSelection selection, Query candidates) throws InvalidQueryException {
        Query parsed = selection.query() != null ? queries.parse(selection.query()).query() : new MatchAllDocsQuery();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(queries.filtered(parsed, selection.filters()),
                BooleanClause.Occur.MUST);
        if (selection.meeting() != null) {
            q.add(new TermQuery(new Term(IndexFields.MEETING, selection.meeting())), BooleanClause.Occur.FILTER);
        }
        if (candidates != null) {
            q.add(candidates, BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /** Every file's path in the index, in order (a deleted file's path only costs one empty search). */
    private List<String> paths() throws IOException {
        List<String> paths = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.PATH);
        if (terms != null) {
            TermsEnum e = terms.iterator();
            for (BytesRef t = e.next(); t != null; t = e.next()) {
                paths.add(t.utf8ToString());
            }
        }
        // String order, as the records are compared, not the terms' UTF-8 byte order
        paths.sort(Comparator.naturalOrder());
        return paths;
    }

    /** The next records in order, or null when there are none. */
    private interface Batch {
        List<IndexedRecord> next() throws IOException;
    }

    /** Lucene's order, one page at a time. */
    private final class Ranked implements Batch {
        private final Query query;
        private final Sort sort;
        private ScoreDoc after;
        private boolean done;

        Ranked(Query query, Sort sort) {
            this.query = query;
            this.sort = sort;
        }

        @Override
        public List<IndexedRecord> next() throws IOException {
            if (done) {
                return null;
            }
            TopDocs top = sort == null ? searcher.searchAfter(after, query, PAGE)
                    : searcher.searchAfter(after, query, PAGE, sort, true);
            done = top.scoreDocs.length < PAGE;
            if (top.scoreDocs.length > 0) {
                after = top.scoreDocs[top.scoreDocs.length - 1];
            }
            return read(top.scoreDocs);
        }
    }

    /** Source order for a narrow selection: all of its records at once, sorted. */
    private final class AllAtOnce implements Batch {
        private final Query query;
        private boolean done;

        AllAtOnce(Query query) {
            this.query = query;
        }

        @Override
        public List<IndexedRecord> next() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            List<IndexedRecord> records = read(searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs);
            records.sort(SOURCE_ORDER);
            return records;
        }
    }

    /** Source order: one file at a time, in path order, its records by type and list order. */
    private final class ByFile implements Batch {
        private final Query query;
        private final Iterator<String> paths;

        ByFile(Query query, List<String> paths) {
            this.query = query;
            this.paths = paths.iterator();
        }

        @Override
        public List<IndexedRecord> next() throws IOException {
            if (!paths.hasNext()) {
                return null;
            }
            Query ofFile = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.PATH, paths.next())), BooleanClause.Occur.FILTER)
                    .build();
            int n = searcher.count(ofFile);
            List<IndexedRecord> records = n == 0 ? new ArrayList<>() : read(searcher.search(ofFile, n).scoreDocs);
            records.sort(SOURCE_ORDER);
            return records;
        }
    }

    /**
     * Newest meeting first, a day at a time from Lucene's date sort, each day in source order;
     * records without a meeting (no date) come last, as one group.
     */
    private final class ByDay implements Batch {
        private final Query query;
        private final Sort sort;
        private final List<IndexedRecord> page = new ArrayList<>();
        private ScoreDoc after;
        private boolean exhausted;

        ByDay(Query query) {
            this.query = query;
            SortField date = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            this.sort = new Sort(date, SortField.FIELD_DOC);
        }

        @Override
        public List<IndexedRecord> next() throws IOException {
            if (page.isEmpty() && !fetch()) {
                return null;
            }
            List<IndexedRecord> day = new ArrayList<>();
            String date = page.getFirst().date();
            while (true) {
                while (!page.isEmpty() && Objects.equals(page.getFirst().date(), date)) {
                    day.add(page.removeFirst());
                }
                // the day may go on in the next page
                if (!page.isEmpty() || !fetch()) {
                    break;
                }
            }
            day.sort(SOURCE_ORDER);
            return day;
        }

        private boolean fetch() throws IOException {
            if (exhausted) {
                return false;
            }
            TopDocs top = searcher.searchAfter(after, query, PAGE, sort, false);
            exhausted = top.scoreDocs.length < PAGE;
            if (top.scoreDocs.length == 0) {
                return false;
            }
            after = top.scoreDocs[top.scoreDocs.length - 1];
            page.addAll(read(top.scoreDocs));
            return true;
        }
    }

    private List<IndexedRecord> read(ScoreDoc[] hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndexedRecord> records = new ArrayList<>(hits.length);
        for (ScoreDoc sd : hits) {
            records.add(record(stored.document(sd.doc, LISTED_FIELDS)));
        }
        return records;
    }

    /** Batches flattened into one iterator that reads the next batch only when the last is used up. */
    private static final class Batches implements Iterator<IndexedRecord> {
        private final Batch source;
        private Iterator<IndexedRecord> current = Collections.emptyIterator();
        private boolean ended;

        Batches(Batch source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !ended) {
                try {
                    List<IndexedRecord> next = source.next();
                    if (next == null) {
                        ended = true;
                    } else {
                        current = next.iterator();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return current.hasNext();
        }

        @Override
        public IndexedRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }

    private static Iterator<IndexedRecord> limited(Iterator<IndexedRecord> records, int limit) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < limit && records.hasNext();
            }

            @Override
            public IndexedRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return records.next();
            }
        };
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
