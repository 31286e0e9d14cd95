package org.boardpack.index;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

/** Turns a {@link SearchRequest} into Lucene queries and a sort; nothing here touches the index. */
final class SearchQueries {

    /** Fields a word without {@code field:} is looked for in: the prose and the people. */
    private static final String[] DEFAULT_FIELDS = {IndexFields.TEXT, IndexFields.NAME};

    private final Analyzer analyzer;
    private final AcronymExpansions acronyms;
    private final Nicknames nicknames;

    /** @param analyzer the query-time analysis ({@link IndexAnalyzers#forQueries}) */
    private final Function<String, Set<String>> bodyNames;

    SearchQueries(Analyzer analyzer, AcronymDictionary acronyms, Nicknames nicknames) {
        this(analyzer, acronyms, nicknames, Set::of);
    }

    /**
     * @param bodyNames every name a {@code --body} value was printed under (the resolved body's
     *                  name and aliases), so a filter on one name finds the body under all of them
     */
    SearchQueries(Analyzer analyzer, AcronymDictionary acronyms, Nicknames nicknames,
                  Function<String, Set<String>> bodyNames) {
        this.bodyNames = bodyNames;
        this.analyzer = analyzer;
        this.acronyms = new AcronymExpansions(acronyms, analyzer, IndexFields.TEXT);
        this.nicknames = nicknames;
    }

    /**
     * The user's query alone, as parsed, with acronyms and first names expanded: what the
     * highlighter marks. Every word must match (AND), each in the text or in a person's name, so
     * {@code Mayor Dave Hodgson} finds his actions, whose text names him without the honorific.
     */
    ParsedQuery parse(String queryText) throws InvalidQueryException {
        try {
            ExpandingQueryParser parser = new ExpandingQueryParser(DEFAULT_FIELDS, analyzer, acronyms, nicknames);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            Query q = parser.parse(queryText);
            return new ParsedQuery(q, parser.expansions());
        } catch (ParseException e) {
            throw new InvalidQueryException(queryText, e.getMessage().lines().findFirst().orElse("syntax error"));
        }
    }

    /**
     * The parsed query restricted by the filters; the whole-pack documents kept for export and the
     * failure records of the nightly run never match.
     */
    Query filtered(Query parsed, SearchFilters filters) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.TYPE_PACK)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexFields.TYPE, FailureDocuments.TYPE_FAILURE)), BooleanClause.Occur.MUST_NOT);
        if (!filters.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            filters.types().forEach(t -> types.add(new TermQuery(new Term(IndexFields.TYPE, t)), BooleanClause.Occur.SHOULD));
            q.add(types.build(), BooleanClause.Occur.FILTER);
        }
        if (filters.body() != null) {
            BooleanQuery.Builder body = new BooleanQuery.Builder();
            Set<String> keys = new LinkedHashSet<>();
            bodyNames.apply(filters.body()).forEach(n -> keys.addAll(BodyKeys.ofQuery(n)));
            keys.forEach(k -> body.add(new TermQuery(new Term(IndexFields.BODY_KEY, k)), BooleanClause.Occur.SHOULD));
            q.add(body.build(), BooleanClause.Occur.FILTER);
        }
        DateRange dates = filters.dates();
        if (!dates.isOpen()) {
            long from = dates.from() == null ? Long.MIN_VALUE : dates.from().toEpochDay();
            long to = dates.to() == null ? Long.MAX_VALUE : dates.to().toEpochDay();
            q.add(LongPoint.newRangeQuery(IndexFields.DATE_POINT, from, to), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /** Null for relevance (Lucene's own score order). */
    static Sort sort(SearchOrder order) {
        if (order != SearchOrder.DATE) {
            return null;
        }
        SortField date = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
        // newest first; a record without a meeting has no date and goes after every dated one
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }
}
