package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.boardpack.index.SearchHit;

/**
 * Search hits as a person reads them: a page hit whose every snippet fragment lies inside the
 * record hits on the same page (a table, a decision … whose words the page also holds) would show
 * the same words twice, so the more specific record is shown once, at the better rank of the two,
 * with the page's type noted. Fragments are compared on their letters and digits alone, because the page
 * text and a record join their words differently (cell separators, line breaks).
 */
public final class SearchHits {

    /** One hit to show, with the types of the hits it stands for. */
    public record Shown(SearchHit hit, List<String> alsoTypes) {
    }

    private SearchHits() {
    }

    /**
     * @param open  the marker the highlighter put before each matched word
     * @param close the marker after it
     */
    public static List<Shown> collapse(List<SearchHit> hits, String open, String close) {
        // each page hit that repeats a record is folded into that record, which keeps the better rank
        int[] into = new int[hits.size()];
        Arrays.fill(into, -1);
        for (int p = 0; p < hits.size(); p++) {
            if (hits.get(p).type().equals("page")) {
                into[p] = repeated(hits, p, open, close);
            }
        }
        List<int[]> ranked = new ArrayList<>(); // {rank, hit}
        for (int i = 0; i < hits.size(); i++) {
            if (into[i] >= 0) {
                continue;
            }
            int rank = i;
            for (int p = 0; p < hits.size(); p++) {
                if (into[p] == i) {
                    rank = Math.min(rank, p);
                }
            }
            ranked.add(new int[] {rank, i});
        }
        ranked.sort(Comparator.comparingInt(e -> e[0]));
        List<Shown> shown = new ArrayList<>();
        for (int[] e : ranked) {
            List<String> also = new ArrayList<>();
            for (int p = 0; p < hits.size(); p++) {
                if (into[p] == e[1]) {
                    also.add(hits.get(p).type());
                }
            }
            shown.add(new Shown(hits.get(e[1]), List.copyOf(also)));
        }
        return shown;
    }

    private static boolean samePage(SearchHit a, SearchHit b) {
        return a.page() != null && Objects.equals(a.path(), b.path()) && a.page().equals(b.page());
    }

    /**
     * The best-ranked record the page hit repeats, or -1: every fragment of its snippet lies inside a
     * record hit on the same page (a page often holds two tables, each fragment in one of them).
     */
    private static int repeated(List<SearchHit> hits, int p, String open, String close) {
        SearchHit page = hits.get(p);
        List<String> fragments = Arrays.stream(plain(page.snippet(), open, close).split("…"))
                .map(SearchHits::letters).filter(f -> !f.isEmpty()).toList();
        if (fragments.isEmpty()) {
            return -1;
        }
        int best = -1;
        boolean[] found = new boolean[fragments.size()];
        for (int r = 0; r < hits.size(); r++) {
            SearchHit record = hits.get(r);
            if (record.type().equals("page") || !samePage(page, record)) {
                continue;
            }
            String text = letters(record.json() == null ? "" : record.json()) + " "
                    + letters(plain(record.snippet(), open, close));
            for (int f = 0; f < fragments.size(); f++) {
                if (text.contains(fragments.get(f))) {
                    found[f] = true;
                    best = best < 0 ? r : best;
                }
            }
        }
        for (boolean f : found) {
            if (!f) {
                return -1;
            }
        }
        return best;
    }

    private static String plain(String snippet, String open, String close) {
        return snippet == null ? "" : snippet.replace(open, "").replace(close, "");
    }

    private static String letters(String s) {
        return s.replaceAll("\\\\[nrt]", " ").replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
