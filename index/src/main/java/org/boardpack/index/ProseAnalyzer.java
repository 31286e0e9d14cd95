package org.boardpack.index;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English prose, as Lucene's {@link EnglishAnalyzer} analyses it (possessives, lower case, stop
 * words, Porter stems), except that an ampersand between capitals joins them: {@code A&E},
 * {@code L&D} and {@code Q&A} are one term each ({@code ae}, …) rather than a stop word and a
 * letter that would match every initial {@code E}.
 */
final class ProseAnalyzer extends Analyzer {

    /**
     * An ampersand with a capital either side. The ampersand comes first so the search is a scan
     * for {@code &}; the capital before is then looked back at, not tried at every position.
     */
    private static final Pattern CAPITALS_AMPERSAND = Pattern.compile("&(?<=\\p{Lu}&)(?=\\p{Lu})");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return joinAmpersands(reader);
    }

    /** {@code A&E} read as {@code AE}; names are read so too, so {@code A&E} is never a person's initial. */
    static Reader joinAmpersands(Reader reader) {
        return new PatternReplaceCharFilter(CAPITALS_AMPERSAND, "", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new PorterStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
