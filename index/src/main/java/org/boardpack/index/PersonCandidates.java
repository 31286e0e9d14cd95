package org.boardpack.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A Lucene pre-filter for the attendance and action records that may name a person: those whose
 * name field (honorific and name, analysed as {@code search} analyses it, a first name's other
 * forms included) holds every word of the name, and actions whose name field or text holds each
 * (the owner as printed, {@code S Wood}, is in an action's text, not in its name field). It is
 * loose where it must be: a first name's other forms count, and honorifics are not looked for
 * (unless the name is nothing else), since the caller's own name matching is the precise check and
 * it needs every attendance row of a matching person to know their honorific, including rows
 * printed with another honorific than the one asked for ({@code Dr} in one year's minutes,
 * {@code Prof} in the next).
 */
final class PersonCandidates {

    /** The titles the attendance extractor reads in front of a name, in every form it accepts. */
    private static final String TITLES = "Dr Doctor Cllr Councillor Councilor Mr Mrs Ms Miss Mx Prof Professor Mayor "
            + "Sir Dame Lord Lady Rev Revd Reverend Rt Hon Canon";

    private final Analyzer analyzer;
    private final Set<String> honorifics;

    /** @param analyzer the query-time analysis ({@link IndexAnalyzers#forQueries}), nicknames included */
    PersonCandidates(Analyzer analyzer) {
        this.analyzer = analyzer;
        try (NameAnalyzer names = new NameAnalyzer()) {
            this.honorifics = Set.copyOf(AnalyzedTerms.of(names, IndexFields.NAME, TITLES));
        }
    }

    /** The records that may name {@code name}; matches nothing when the name has no word to look for. */
    Query of(String name) {
        String lookedFor = withoutHonorifics(name);
        Query attendance = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, "attendance")), BooleanClause.Occur.FILTER)
                .add(everyWord(lookedFor, IndexFields.NAME), BooleanClause.Occur.MUST)
                .build();
        Query actions = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, "action")), BooleanClause.Occur.FILTER)
                .add(everyWord(lookedFor, IndexFields.NAME, IndexFields.TEXT), BooleanClause.Occur.MUST)
                .build();
        return new BooleanQuery.Builder().add(attendance, BooleanClause.Occur.SHOULD)
                .add(actions, BooleanClause.Occur.SHOULD).build();
    }

    /**
     * Records holding every word of the name, each in any of its forms in any of the fields (the
     * caller's matching wants every word too, so no person's record is lost, and a common first
     * name no longer loads everyone who bears it). A word the fields keep no term of (a stop word
     * of the prose) is not asked for; a name with no word to ask for matches nothing.
     */
    private Query everyWord(String text, String... fields) {
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        int words = 0;
        for (String w : text.strip().split("\\s+")) {
            BooleanQuery.Builder forms = new BooleanQuery.Builder();
            boolean inEveryField = true;
            int n = 0;
            for (String field : fields) {
                Set<String> terms = new LinkedHashSet<>(AnalyzedTerms.of(analyzer, field, w));
                inEveryField &= !terms.isEmpty();
                for (String t : terms) {
                    forms.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
                    n++;
                }
            }
            if (n > 0 && inEveryField) {
                every.add(forms.build(), BooleanClause.Occur.MUST);
                words++;
            }
        }
        return words > 0 ? every.build() : new BooleanQuery.Builder().build();
    }

    /** The name's words that are not titles; the name itself when it is titles only. */
    private String withoutHonorifics(String name) {
        StringJoiner words = new StringJoiner(" ");
        for (String w : name.strip().split("\\s+")) {
            List<String> terms = AnalyzedTerms.of(analyzer, IndexFields.NAME, w);
            if (!honorifics.containsAll(terms)) {
                words.add(w);
            }
        }
        return words.length() == 0 ? name : words.toString();
    }

}
