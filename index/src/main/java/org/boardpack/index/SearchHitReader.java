package org.boardpack.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.boardpack.index.bodies.MeetingIds;

/**
 * The hits of one search as a reader sees them: each record's stored fields, its meeting under
 * the resolved body's id, and a snippet from Lucene's unified highlighter cut at word breaks near
 * a readable length (pages of tables have no sentence ends to cut at).
 */
final class SearchHitReader {

    private static final int SNIPPET_CHARS = 140;

    private final IndexSearcher searcher;
    /** The index-time analysis, which the highlighter re-runs over the stored text. */
    private final Analyzer analyzer;
    private final MeetingIds ids;

    SearchHitReader(IndexSearcher searcher, Analyzer analyzer, MeetingIds ids) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.ids = ids;
    }

    List<SearchHit> hits(ParsedQuery parsed, TopDocs top, String markOpen, String markClose) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(markOpen, markClose, " … ", false))
                .withMaxLength(200_000)
                // pages of tables have no sentence ends: cut passages at word breaks near a
                // readable length, centred on the match
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getLineInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
                .build();
        String[] snippets = highlighter.highlight(IndexFields.TEXT, parsed.query(), top, 2);
        QueryExpansions expansions = new QueryExpansions(searcher, parsed.expansions());
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            IndexableField page = d.getField(IndexFields.PAGE);
            String snippet = snippets[i] != null ? snippets[i] : firstChars(d.get(IndexFields.TEXT), 160);
            // the meeting under its resolved body's id, the id every listing shows
            String meeting = ids.resolved(d.get(IndexFields.MEETING), d.get(IndexFields.BODY), d.get(IndexFields.PATH));
            hits.add(new SearchHit(sd.score, d.get(IndexFields.TYPE), meeting,
                    d.get(IndexFields.BODY), d.get(IndexFields.DATE), d.get(IndexFields.PATH),
                    page == null ? null : page.numericValue().intValue(),
                    snippet.replaceAll("\\s+", " ").strip(), d.get(IndexFields.JSON), expansions.matchedBy(sd.doc)));
        }
        return hits;
    }

    private static String firstChars(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n) + " …";
    }
}
