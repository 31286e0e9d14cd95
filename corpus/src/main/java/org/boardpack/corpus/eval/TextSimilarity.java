package org.boardpack.corpus.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-multiset Dice similarity, the measure decisions are matched by: twice the number of shared
 * word tokens (with multiplicity, case-folded) over the total number of tokens of both texts.
 */
public final class TextSimilarity {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextSimilarity() {
    }

    public static double dice(String a, String b) {
        Map<String, Integer> ta = tokens(a);
        Map<String, Integer> tb = tokens(b);
        int na = ta.values().stream().mapToInt(Integer::intValue).sum();
        int nb = tb.values().stream().mapToInt(Integer::intValue).sum();
        if (na + nb == 0) {
            return 1.0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : ta.entrySet()) {
            shared += Math.min(e.getValue(), tb.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / (na + nb);
    }

    private static Map<String, Integer> tokens(String s) {
        Map<String, Integer> out = new HashMap<>();
        if (s == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.merge(m.group(), 1, Integer::sum);
        }
        return out;
    }
}
