package org.boardpack.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis chain: English stemming for prose, names analysed on their own (see {@link
 * NameAnalyzer}), exact terms for ids and other keyword fields.
 */
final class IndexAnalyzers {

    private IndexAnalyzers() {
    }

    static Analyzer create() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(
                IndexFields.NAME, new NameAnalyzer(),
                IndexFields.BODY_KEY, new KeywordAnalyzer(),
                IndexFields.TYPE, new KeywordAnalyzer(),
                IndexFields.MEETING, new KeywordAnalyzer(),
                IndexFields.PATH, new KeywordAnalyzer(),
                IndexFields.SHA256, new KeywordAnalyzer()));
    }
}
