package org.boardpack.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms an analyzer makes of a string, in order: how a query word, an acronym's expansion or a
 * person's name compares with what the index holds.
 */
final class AnalyzedTerms {

    private AnalyzedTerms() {
    }

    static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            // the text is in memory: an analyzer's reader cannot fail on it
            throw new UncheckedIOException("analysing in-memory text failed: " + text, e);
        }
        return terms;
    }
}
