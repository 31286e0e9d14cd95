package org.boardpack.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * An {@link AcronymDictionary} ready for queries: the acronym a word names, and the acronyms whose
 * expansion a run of words is, compared as the prose field analyses them (stemmed, little words
 * dropped), so {@code clinical commissioning groups} is {@code CCG}. Built once per searcher.
 */
final class AcronymExpansions {

    private final AcronymDictionary dictionary;
    private final Analyzer analyzer;
    private final String field;
    /** The analysed terms of every expansion, to the acronyms it expands. */
    private final Map<List<String>, List<AcronymPair>> byTerms = new HashMap<>();

    AcronymExpansions(AcronymDictionary dictionary, Analyzer analyzer, String field) {
        this.dictionary = dictionary;
        this.analyzer = analyzer;
        this.field = field;
        for (AcronymDictionary.Entry e : dictionary.entries()) {
            for (String x : e.expansions()) {
                List<String> terms = terms(x);
                if (!terms.isEmpty()) {
                    byTerms.computeIfAbsent(terms, k -> new ArrayList<>()).add(new AcronymPair(e.acronym(), x));
                }
            }
        }
        byTerms.replaceAll((k, v) -> List.copyOf(v));
    }

    /** The acronym a query word names, with its expansions. */
    Optional<AcronymDictionary.Entry> named(String word) {
        return dictionary.named(word);
    }

    /** The acronyms whose expansion these words are, each with that expansion. */
    List<AcronymPair> spelledBy(String words) {
        List<String> terms = terms(words);
        return terms.size() < 2 ? List.of() : byTerms.getOrDefault(terms, List.of());
    }

    AcronymDictionary dictionary() {
        return dictionary;
    }

    private List<String> terms(String text) {
        return AnalyzedTerms.of(analyzer, field, text);
    }
}
