package org.boardpack.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * People's names as the index's name field analyses them (case and accents folded, honorifics in
 * one form, no stemming), so a command that matches names itself — an action owner printed as
 * written, which the name field does not hold — agrees with what {@code search} finds.
 */
public final class PersonNames implements AutoCloseable {

    private final Analyzer analyzer = new NameAnalyzer();

    /** The terms of a name: {@code Prof. Zoë Hart} → {@code [professor, zoe, hart]}. */
    public List<String> terms(String name) {
        if (name == null || name.isBlank()) {
            return new ArrayList<>();
        }
        return AnalyzedTerms.of(analyzer, IndexFields.NAME, name);
    }

    /** Whether every term of {@code query} is a term of {@code name}: {@code Hodgson} and {@code Mayor Dave Hodgson} match {@code Dave Hodgson} with honorific Mayor. */
    public boolean matches(String query, String name) {
        List<String> wanted = terms(query);
        return !wanted.isEmpty() && terms(name).containsAll(wanted);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
