package org.boardpack.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis chain: English stemming for prose ({@link ProseAnalyzer}), names analysed on their own (see {@link
 * NameAnalyzer}), exact terms for ids and other keyword fields.
 */
final class IndexAnalyzers {

    private IndexAnalyzers() {
    }

    static Analyzer create() {
        return create(new NameAnalyzer());
    }

    /** For queries: as for indexing, and a first name in the name field also matches its other forms. */
    static Analyzer forQueries(Nicknames nicknames) {
        return create(new NameAnalyzer(nicknames.synonymMap()));
    }

    private static Analyzer create(NameAnalyzer names) {
        return new PerFieldAnalyzerWrapper(new ProseAnalyzer(), Map.of(
                IndexFields.NAME, names,
                IndexFields.BODY_KEY, new KeywordAnalyzer(),
                IndexFields.TYPE, new KeywordAnalyzer(),
                IndexFields.MEETING, new KeywordAnalyzer(),
                IndexFields.PATH, new KeywordAnalyzer(),
                IndexFields.SHA256, new KeywordAnalyzer()));
    }
}
