package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.index.AcronymFinder.Match;
import org.junit.jupiter.api.Test;

/**
 * The finder's hand-written scans give exactly the matches of the regular expressions they
 * replace (kept here as the specification), on text made to be awkward: capitals, accents,
 * digits, ampersands, every dash, brackets, bars, tabs and every kind of line end.
 */
class AcronymFinderScanTest {

    private static final Pattern DASHED = Pattern.compile("\\s[-–—]\\s*([A-Z][A-Za-z&]{1,9})(?![\\p{L}\\p{N}&])");
    private static final Pattern BRACKETED_EXPANSION =
            Pattern.compile("(?<![\\p{L}\\p{N}&])([A-Z][A-Za-z&]{1,9})\\s*\\(([^()\\n|]{3,120})\\)");
    private static final Pattern GLOSSARY_ROW =
            Pattern.compile("(?m)^[ \\t]*([A-Z][A-Za-z&]{1,9})[ \\t]*(?:\\||:|\\t|[-–—=])[ \\t]*([^|\\n]{3,120})");

    private static final String[] PIECES = {"A", "B", "C", "N", "H", "S", "E", "a", "e", "o", "n", "é", "É", "1", "2",
        "½", "&", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "-", "–", "—", "(", ")", "|", ":", "=", ".",
        "NHS", "CCG", "Clinical Commissioning Group", "Long", "ICB", "Integrated Care Board", "MedFT", "x", "\uD835\uDC00"};

    @Test
    void scansFindWhatThePatternsFind() {
        Random random = new Random(20261203);
        int withMatches = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(40);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            List<Match> dashed = oracle(DASHED, text, m -> new Match(m.start(), m.group(1), null));
            List<Match> bracketed = oracle(BRACKETED_EXPANSION, text, m -> new Match(m.start(), m.group(1), m.group(2)));
            List<Match> rows = oracle(GLOSSARY_ROW, text, m -> new Match(m.start(), m.group(1), m.group(2)));
            assertEquals(dashed, AcronymFinder.dashedAcronyms(text), () -> "dashed in " + escaped(text));
            assertEquals(bracketed, AcronymFinder.bracketedExpansions(text), () -> "bracketed in " + escaped(text));
            assertEquals(rows, AcronymFinder.glossaryRows(text), () -> "glossary rows in " + escaped(text));
            if (!dashed.isEmpty() || !bracketed.isEmpty() || !rows.isEmpty()) {
                withMatches++;
            }
        }
        assertTrue(withMatches > 2_000, "the generated text must exercise the matches, not only the misses: " + withMatches);
    }

    @Test
    void longExpansionsAreCutAtTheLimitAsThePatternCutsThem() {
        String ok = "ACR (" + "x".repeat(120) + ")";
        String tooLong = "ACR (" + "x".repeat(121) + ")";
        assertEquals(1, AcronymFinder.bracketedExpansions(ok).size());
        assertEquals(0, AcronymFinder.bracketedExpansions(tooLong).size());
        assertEquals(oracle(BRACKETED_EXPANSION, tooLong, m -> new Match(m.start(), m.group(1), m.group(2))),
                AcronymFinder.bracketedExpansions(tooLong));
    }

    private static List<Match> oracle(Pattern p, String text, Function<Matcher, Match> match) {
        List<Match> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(match.apply(m));
        }
        return out;
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u2028", "\\u2028");
    }
}
