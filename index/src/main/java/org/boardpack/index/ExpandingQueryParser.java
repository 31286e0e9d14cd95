package org.boardpack.index;

import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's classic syntax over the default fields, where an acronym and its expansions are one
 * term: a word that names an acronym also matches its expansions as phrases ({@code CCG} →
 * {@code CCG OR "clinical commissioning group"}), an acronym inside a quoted phrase also matches the
 * phrase with it spelt out, and words or a phrase that spell an expansion also match the acronym.
 * Expansion happens here, at query time, so definitions added to the index apply at once. The
 * prose analyser builds every alternative, so they are stemmed as the text is. First names' other
 * forms come from the name field's analyser; they are noted here so the caller can say what was
 * searched. One parser per query: it records what it expanded.
 */
final class ExpandingQueryParser extends MultiFieldQueryParser {

    /**
     * Expansion phrases allow one position of slack: the papers write {@code &} (no token) where
     * the glossary writes {@code and} (a stop word, a gap), and the other way round.
     */
    private static final int EXPANSION_SLOP = 1;
    /** The longest run of query words compared with the expansions. */
    private static final int MAX_RUN = 10;
    /**
     * Alternatives of one quoted phrase: a word with many expansions ({@code PCN}, {@code ICS}) in a
     * long phrase would otherwise multiply the phrase queries each search runs and highlights.
     */
    private static final int MAX_PHRASE_ALTERNATIVES = 16;

    private final AcronymExpansions acronyms;
    private final Nicknames nicknames;
    private final List<QueryExpansion> expansions = new ArrayList<>();

    ExpandingQueryParser(String[] defaultFields, Analyzer analyzer, AcronymExpansions acronyms, Nicknames nicknames) {
        super(defaultFields, analyzer);
        this.acronyms = acronyms;
        this.nicknames = nicknames;
    }

    /** What the last parse searched for beyond what was typed. */
    List<QueryExpansion> expansions() {
        return List.copyOf(expansions);
    }

    /**
     * Bare words: the parser hands over each run of them whole (it does not split on whitespace),
     * and adds each clause of the query returned here with the default operator.
     */
    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        noteNicknames(field, queryText);
        if (quoted || !expandable(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        List<String> words = List.of(queryText.strip().split("\\s+"));
        if (words.size() == 1) {
            Query q = super.getFieldQuery(field, queryText, false);
            return q == null ? null : withAlternatives(q, spelt(field, words, 0, 0));
        }
        boolean expands = false;
        for (int i = 0; i < words.size() && !expands; i++) {
            expands = acronyms.named(words.get(i)).isPresent() || runEnd(words, i) > 0;
        }
        if (!expands) {
            return super.getFieldQuery(field, queryText, false);
        }
        BooleanClause.Occur occur = getDefaultOperator() == Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int i = 0;
        while (i < words.size()) {
            int end = runEnd(words, i);
            if (end > 0) {
                BooleanQuery.Builder run = new BooleanQuery.Builder();
                for (String w : words.subList(i, end)) {
                    Query q = wordQuery(field, w);
                    if (q != null) {
                        run.add(q, BooleanClause.Occur.MUST);
                    }
                }
                List<Query> acronymQueries = new ArrayList<>();
                for (AcronymPair p : acronyms.spelledBy(String.join(" ", words.subList(i, end)))) {
                    acronymQueries.add(note(p.acronym(), p.expansion(), super.getFieldQuery(field, p.acronym(), false)));
                }
                all.add(withAlternatives(run.build(), acronymQueries), occur);
                i = end;
            } else {
                Query q = wordQuery(field, words.get(i));
                if (q != null) {
                    all.add(withAlternatives(q, spelt(field, words.subList(i, i + 1), 0, 0)), occur);
                }
                i++;
            }
        }
        return all.build();
    }

    /**
     * Quoted phrases: the phrase as typed, or with an acronym in it spelt out, or with a run of its
     * words that spells an expansion written as the acronym ({@code "CCG governing body"} ⇄
     * {@code "clinical commissioning group governing body"}), one substitution per alternative so
     * their number stays linear in the phrase's length, and at most {@link #MAX_PHRASE_ALTERNATIVES}.
     */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        noteNicknames(field, queryText);
        Query q = super.getFieldQuery(field, queryText, slop);
        if (q == null || !expandable(field)) {
            return q;
        }
        List<String> words = List.of(queryText.strip().split("\\s+"));
        List<Query> alternatives = new ArrayList<>();
        List<AcronymPair> whole = acronyms.spelledBy(queryText);
        for (AcronymPair p : whole) {
            alternatives.add(note(p.acronym(), p.expansion(), super.getFieldQuery(field, p.acronym(), false)));
        }
        for (int i = 0; i < words.size() && alternatives.size() < MAX_PHRASE_ALTERNATIVES; i++) {
            alternatives.addAll(spelt(field, words, i, slop));
            // a phrase that is an expansion whole is its acronym; its parts are not abbreviated too
            if (whole.isEmpty()) {
                alternatives.addAll(abbreviated(field, words, i, slop));
            }
        }
        return withAlternatives(q, alternatives.size() <= MAX_PHRASE_ALTERNATIVES ? alternatives
                : alternatives.subList(0, MAX_PHRASE_ALTERNATIVES));
    }

    /**
     * The phrase with the longest run of words from {@code i} that spells an expansion written as
     * its acronym, once per acronym; nothing when that run is the whole phrase (the phrase itself
     * then becomes the acronym, above).
     */
    private List<Query> abbreviated(String field, List<String> words, int i, int slop) throws ParseException {
        int end = runEnd(words, i);
        if (end < 0 || (i == 0 && end == words.size())) {
            return List.of();
        }
        List<Query> out = new ArrayList<>();
        for (AcronymPair p : acronyms.spelledBy(String.join(" ", words.subList(i, end)))) {
            List<String> shorter = new ArrayList<>(words.subList(0, i));
            shorter.add(p.acronym());
            shorter.addAll(words.subList(end, words.size()));
            Query q = super.getFieldQuery(field, String.join(" ", shorter), slop);
            if (q != null) {
                out.add(note(p.acronym(), p.expansion(), q));
            }
        }
        return out;
    }

    /**
     * The phrase with its {@code i}th word, if it names an acronym, spelt out, once per expansion.
     */
    private List<Query> spelt(String field, List<String> words, int i, int slop) throws ParseException {
        var entry = acronyms.named(words.get(i));
        if (entry.isEmpty()) {
            return List.of();
        }
        List<Query> out = new ArrayList<>();
        for (String x : entry.get().expansions()) {
            List<String> spelt = new ArrayList<>(words);
            spelt.set(i, x);
            Query q = super.getFieldQuery(field, String.join(" ", spelt), slop + EXPANSION_SLOP);
            if (q != null) {
                out.add(note(words.get(i), x, q));
            }
        }
        return out;
    }

    /** The end (exclusive) of the longest run of words from {@code start} that spells an expansion, or -1. */
    private int runEnd(List<String> words, int start) {
        for (int end = Math.min(words.size(), start + MAX_RUN); end >= start + 2; end--) {
            if (!acronyms.spelledBy(String.join(" ", words.subList(start, end))).isEmpty()) {
                return end;
            }
        }
        return -1;
    }

    /**
     * One word in any of the default fields (all its tokens in one field), or in the field named.
     */
    private Query wordQuery(String field, String word) throws ParseException {
        if (field != null) {
            return super.getFieldQuery(field, word, false);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String f : fields) {
            Query q = super.getFieldQuery(f, word, false);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                some = true;
            }
        }
        return some ? any.build() : null;
    }

    private static Query withAlternatives(Query original, List<Query> alternatives) {
        if (alternatives.isEmpty()) {
            return original;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(original, BooleanClause.Occur.SHOULD);
        alternatives.forEach(a -> any.add(a, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** Acronyms are expanded in the prose, searched by default or named as {@code text:}. */
    private static boolean expandable(String field) {
        return field == null || field.equals(IndexFields.TEXT);
    }

    /** The name field's analyser adds the other forms; say which were added. */
    private void noteNicknames(String field, String text) {
        if (field != null && !field.equals(IndexFields.NAME)) {
            return;
        }
        for (String w : text.strip().split("\\s+")) {
            for (String n : nicknames.of(w)) {
                note(w, n, new TermQuery(new Term(IndexFields.NAME, n.toLowerCase(Locale.ROOT))));
            }
        }
    }

    private Query note(String typed, String also, Query query) {
        expansions.add(new QueryExpansion(typed, also, query));
        return query;
    }
}
