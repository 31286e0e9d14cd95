package org.boardpack.corpus.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the reference scorer ({@code shared/tools/score.py}) reads text, kept to the letter so that
 * {@code eval} and the reference give the same figures: NFKC, straight quotes and hyphens,
 * whitespace folded, lower case, trailing {@code " .;:,"} dropped; ASCII word tokens; token Dice
 * similarity; names without leading honorifics; item numbers without punctuation.
 */
public final class ReferenceText {

    private static final Set<String> HONORIFICS = Set.of("dr", "cllr", "councillor", "mr", "mrs", "ms", "miss",
            "mayor", "prof", "professor", "sir", "dame", "rev", "revd", "lord", "lady", "baroness", "baron", "canon");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015]");
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ReferenceText() {
    }

    /** score.py's {@code norm}: {@code null} reads as the empty string. */
    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        t = DASHES.matcher(t).replaceAll("-");
        t = SPACE.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        int end = t.length();
        while (end > 0 && " .;:,".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    public static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Token-multiset Dice: 1 when both are empty, 0 when one is. */
    public static double sim(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1.0;
        }
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Map<String, Integer> counts = new HashMap<>();
        ta.forEach(t -> counts.merge(t, 1, Integer::sum));
        int shared = 0;
        for (String t : tb) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                shared++;
                counts.put(t, n - 1);
            }
        }
        return 2.0 * shared / (ta.size() + tb.size());
    }

    /** A person's name as matched: tokens without the honorifics it starts with. */
    public static String nameKey(String s) {
        List<String> t = tokens(s);
        int from = 0;
        while (from < t.size() && HONORIFICS.contains(t.get(from))) {
            from++;
        }
        return String.join(" ", t.subList(from, t.size()));
    }

    /** The ISO date inside a meeting id ({@code body/2020-11-11}), else the id itself. */
    public static String meetingDate(String meetingId) {
        String m = meetingId == null ? "" : meetingId;
        Matcher d = ISO_DATE.matcher(m);
        return d.find() ? d.group() : m;
    }

    public static String itemKey(String s) {
        return NOT_ALNUM.matcher(norm(s)).replaceAll("");
    }

    public static boolean eq(String a, String b) {
        return norm(a).equals(norm(b));
    }
}
