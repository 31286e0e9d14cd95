package org.boardpack.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.text.BreakIterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Ranked search over an index with Lucene's query syntax (phrases, AND/OR/NOT, field:value) on
 * the records' text, snippets from the unified highlighter. The whole-pack documents kept for
 * export are never returned as hits.
 */
public final class PackSearcher implements AutoCloseable {

    private static final int SNIPPET_CHARS = 140;

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = IndexAnalyzers.create();

    public PackSearcher(Path dir) throws IndexException {
        this.dir = dir;
        if (!Files.isDirectory(dir)) {
            throw new IndexException(dir, "no index here; run 'boardpack ingest' first", null);
        }
        try {
            this.directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IndexException(dir, "no index here; run 'boardpack ingest' first", null);
            }
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new IndexException(dir, "cannot open the index", e);
        }
    }

    /**
     * @param markOpen text put before each highlighted term ({@code "\u001b[1m"} on a terminal,
     *                 {@code "<b>"} for JSON)
     */
    public List<SearchHit> search(String queryText, int limit, String markOpen, String markClose)
            throws IndexException, InvalidQueryException {
        Query parsed;
        try {
            QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            parsed = parser.parse(queryText);
        } catch (ParseException e) {
            throw new InvalidQueryException(queryText, e.getMessage().lines().findFirst().orElse("syntax error"));
        }
        Query query = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK)), BooleanClause.Occur.MUST_NOT)
                .build();
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter(markOpen, markClose, " … ", false))
                    .withMaxLength(200_000)
                    // pages of tables have no sentence ends: cut passages at word breaks near a
                    // readable length, centred on the match
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getLineInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                    .build();
            String[] snippets = highlighter.highlight(IndexFields.TEXT, parsed, top, 2);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document d = stored.document(sd.doc);
                IndexableField page = d.getField(IndexFields.PAGE);
                String snippet = snippets[i] != null ? snippets[i] : firstChars(d.get(IndexFields.TEXT), 160);
                hits.add(new SearchHit(sd.score, d.get(IndexFields.TYPE), d.get(IndexFields.MEETING),
                        d.get(IndexFields.BODY), d.get(IndexFields.DATE), d.get(IndexFields.PATH),
                        page == null ? null : page.numericValue().intValue(),
                        snippet.replaceAll("\\s+", " ").strip(), d.get(IndexFields.JSON)));
            }
            return hits;
        } catch (IOException e) {
            throw new IndexException(dir, "cannot search the index", e);
        }
    }

    /** The whole-pack records, in path order: what {@code export} writes. */
    public List<String> packRecordsJson() throws IndexException {
        try {
            Query q = new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK));
            int n = Math.max(1, searcher.count(q));
            TopDocs top = searcher.search(q, n);
            StoredFields stored = searcher.storedFields();
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                docs.add(stored.document(sd.doc));
            }
            docs.sort(java.util.Comparator.comparing(d -> d.get(IndexFields.PATH)));
            return docs.stream().map(d -> d.get(IndexFields.JSON)).toList();
        } catch (IOException e) {
            throw new IndexException(dir, "cannot read the index", e);
        }
    }

    private static String firstChars(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n) + " …";
    }

    @Override
    public void close() throws IndexException {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException(dir, "cannot close the index", e);
        }
    }
}
