package org.boardpack.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

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

    private record Words(String field, String text) {
    }

    private final AcronymExpansions acronyms;
    private final Nicknames nicknames;
    private final Map<String, Set<String>> expanded = new LinkedHashMap<>();
    /** The words each bare-word clause was parsed from, to find runs that spell an expansion. */
    private final Map<Query, Words> wordsOf = new IdentityHashMap<>();

    ExpandingQueryParser(String[] defaultFields, Analyzer analyzer, AcronymExpansions acronyms, Nicknames nicknames) {
        super(defaultFields, analyzer);
        this.acronyms = acronyms;
        this.nicknames = nicknames;
    }

    /** What the last parse searched for beyond what was typed. */
    Map<String, List<String>> expanded() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        expanded.forEach((k, v) -> m.put(k, List.copyOf(v)));
        return m;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        Query q = super.getFieldQuery(field, queryText, quoted);
        if (q == null) {
            return null;
        }
        noteNicknames(field, queryText);
        Query withAcronyms = expandable(field) ? withAcronyms(field, queryText, q, 0) : q;
        if (!quoted) {
            wordsOf.put(withAcronyms, new Words(field, queryText));
        }
        return withAcronyms;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        Query q = super.getFieldQuery(field, queryText, slop);
        if (q == null) {
            return null;
        }
        noteNicknames(field, queryText);
        return expandable(field) ? withAcronyms(field, queryText, q, slop) : q;
    }

    /** Runs of required bare words that spell an expansion: the run, or the acronym. */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        List<BooleanClause> out = new ArrayList<>();
        int i = 0;
        while (i < clauses.size()) {
            int end = spellingRunEnd(clauses, i);
            if (end < 0) {
                out.add(clauses.get(i++));
                continue;
            }
            List<String> words = new ArrayList<>();
            BooleanQuery.Builder run = new BooleanQuery.Builder();
            for (BooleanClause c : clauses.subList(i, end)) {
                words.add(wordsOf.get(c.query()).text());
                run.add(c);
            }
            String field = wordsOf.get(clauses.get(i).query()).field();
            BooleanQuery.Builder either = new BooleanQuery.Builder().add(run.build(), BooleanClause.Occur.SHOULD);
            for (AcronymPair p : acronyms.spelledBy(String.join(" ", words))) {
                either.add(super.getFieldQuery(field, p.acronym(), false), BooleanClause.Occur.SHOULD);
                note(p.acronym(), p.expansion());
            }
            out.add(new BooleanClause(either.build(), BooleanClause.Occur.MUST));
            i = end;
        }
        return super.getBooleanQuery(out);
    }

    /** The end (exclusive) of the longest run from {@code start} that spells an expansion, or -1. */
    private int spellingRunEnd(List<BooleanClause> clauses, int start) {
        for (int end = Math.min(clauses.size(), start + MAX_RUN); end >= start + 2; end--) {
            List<BooleanClause> run = clauses.subList(start, end);
            Words first = wordsOf.get(run.get(0).query());
            boolean plain = first != null && expandable(first.field()) && run.stream().allMatch(c ->
                    c.occur() == BooleanClause.Occur.MUST && wordsOf.containsKey(c.query())
                            && java.util.Objects.equals(wordsOf.get(c.query()).field(), first.field()));
            if (plain && !acronyms.spelledBy(String.join(" ",
                    run.stream().map(c -> wordsOf.get(c.query()).text()).toList())).isEmpty()) {
                return end;
            }
        }
        return -1;
    }

    private Query withAcronyms(String field, String text, Query original, int slop) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        if (words.length == 1) {
            var entry = acronyms.named(words[0]);
            if (entry.isPresent()) {
                for (String x : entry.get().expansions()) {
                    alternatives.add(super.getFieldQuery(field, x, EXPANSION_SLOP));
                    note(words[0], x);
                }
            }
        } else {
            for (AcronymPair p : acronyms.spelledBy(text)) {
                alternatives.add(super.getFieldQuery(field, p.acronym(), false));
                note(p.acronym(), p.expansion());
            }
            // a phrase with an acronym in it, with the acronym spelt out
            for (int i = 0; i < words.length; i++) {
                var entry = acronyms.named(words[i]);
                if (entry.isEmpty()) {
                    continue;
                }
                for (String x : entry.get().expansions()) {
                    String[] spelt = words.clone();
                    spelt[i] = x;
                    alternatives.add(super.getFieldQuery(field, String.join(" ", spelt), slop + EXPANSION_SLOP));
                    note(words[i], x);
                }
            }
        }
        alternatives.removeIf(java.util.Objects::isNull);
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
            nicknames.of(w).forEach(n -> note(w, n));
        }
    }

    private void note(String what, String also) {
        expanded.computeIfAbsent(what, k -> new LinkedHashSet<>()).add(also);
    }
}
