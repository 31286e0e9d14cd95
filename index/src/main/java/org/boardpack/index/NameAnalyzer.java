package org.boardpack.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Analysis of people's names, apart from prose: names are not stemmed (so {@code Hodgson} is one
 * exact term), accents are folded ({@code Zoë} = {@code Zoe}), and the honorifics printed in front
 * of them are reduced to one form ({@code Prof} = {@code Professor}, {@code Cllr} = {@code
 * Councillor}), so a query may give the honorific in either form or leave it out.
 *
 * <p>English stop words are dropped as in the prose field: the name field is searched by default
 * beside the text, and with AND as the default operator a stop word kept here would become a
 * required term that prose can never match.
 */
final class NameAnalyzer extends Analyzer {

    /** Abbreviation (lower case, no dot: the tokenizer drops it) to the form indexed. */
    private static final Map<String, String> HONORIFICS = Map.of(
            "prof", "professor",
            "cllr", "councillor",
            "councilor", "councillor",
            "revd", "reverend",
            "rev", "reverend",
            "dr", "doctor");

    private final StemmerOverrideFilter.StemmerOverrideMap honorifics;
    /** Query time only: the other forms of a first name ({@link Nicknames}); null when indexing. */
    private final SynonymMap nicknames;

    /** For indexing: names as written. */
    NameAnalyzer() {
        this(null);
    }

    /**
     * For queries: a first name also matches its other forms ({@code David} = {@code Dave}), added
     * at query time so the list can change without re-indexing.
     */
    NameAnalyzer(SynonymMap nicknames) {
        this.nicknames = nicknames;
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        HONORIFICS.forEach(builder::add);
        try {
            this.honorifics = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("the honorific map could not be built", e);
        }
    }

    @Override
    protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
        return ProseAnalyzer.joinAmpersands(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        // before lower-casing: only a capitalised word is taken for a first name
        TokenStream s = nicknames == null || nicknames.fst == null ? source : new SynonymGraphFilter(source, nicknames, false);
        s = new LowerCaseFilter(s);
        s = new ASCIIFoldingFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new StemmerOverrideFilter(s, honorifics);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
