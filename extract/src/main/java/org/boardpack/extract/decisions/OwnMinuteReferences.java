package org.boardpack.extract.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.extract.minutes.MinutesLine;

/**
 * Minutes that print their own Order of Business and then record the business under minute
 * references of their own ({@code AGM-2006/1 : The Agenda, as presented, was not challenged},
 * {@code AGM-2006/5}, {@code AGM-2006/7 Advisory Board Elections}), as associations' AGM minutes
 * do: the walk reads the Order of Business as the items and the minutes' text as the last item's.
 * Each minute's lines are re-placed: under its reference, and under the Order item its opening
 * words name (the item sharing most words of four letters or more with the minute's first line,
 * or its next line where the reference stands alone), never an item before the previous minute's;
 * a minute naming no item takes the item after the previous minute's. The minutes may run more
 * minutes than the Order has items (one item minuted twice). Applies only where two minute
 * references of one stem ({@code AGM-2006/}) stand at the head of lines that the walk read as no
 * heading; a reference of another stem ends the run.
 */
final class OwnMinuteReferences {

    private static final Pattern REF = Pattern.compile(
            "^(?<ref>(?<stem>\\p{Lu}{2,8}(?:[- ]?\\d{2,4})?/)(?<n>\\d{1,3}))(?![\\d/.])\\s*:?\\s*(?<rest>.*)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    /** Minutes of one stem a paper must print before its own numbering is believed. */
    private static final int MINUTES = 2;

    private OwnMinuteReferences() {
    }

    /** The passages re-placed under the paper's own minute references, or as they were. */
    static List<PaperLines.Passage> place(List<PaperLines.Passage> passages, Minutes walked) {
        String stem = stem(passages, walked);
        if (stem == null) {
            return passages;
        }
        List<MinutesItem> order = order(walked);
        List<PaperLines.Passage> out = new ArrayList<>();
        String item = null;
        String ref = null;
        int previous = -1;
        List<MinutesLine> all = passages.stream().flatMap(p -> p.lines().stream()).toList();
        int at = 0;
        for (PaperLines.Passage p : passages) {
            List<MinutesLine> run = new ArrayList<>();
            for (int k = 0; k < p.lines().size(); k++, at++) {
                MinutesLine line = p.lines().get(k);
                Matcher m = p.heading() ? null : REF.matcher(line.text());
                if (m != null && m.matches()) {
                    flush(out, p, run, item, ref);
                    run = new ArrayList<>();
                    if (m.group("stem").equals(stem)) {
                        String opening = m.group("rest").isBlank() && at + 1 < all.size() ? all.get(at + 1).text() : m.group("rest");
                        previous = itemOf(order, opening, previous);
                        item = previous < 0 ? null : order.get(previous).number();
                        ref = m.group("ref");
                    } else {
                        item = null; // another stem: the run of this paper's minutes has ended
                        ref = null;
                    }
                }
                run.add(line);
            }
            flush(out, p, run, item, ref);
        }
        return out;
    }

    private static void flush(List<PaperLines.Passage> out, PaperLines.Passage p, List<MinutesLine> run, String item,
                              String ref) {
        if (!run.isEmpty()) {
            out.add(ref == null ? new PaperLines.Passage(p.item(), p.minuteRef(), p.heading(), run)
                    : new PaperLines.Passage(item, ref, false, run));
        }
    }

    /** The stem at least {@value #MINUTES} distinct minute references share at the head of text lines, or null. */
    private static String stem(List<PaperLines.Passage> passages, Minutes walked) {
        Set<String> walkedRefs = new HashSet<>();
        walked.items().forEach(i -> walkedRefs.add(i.minuteRef()));
        Map<String, Set<String>> byStem = new HashMap<>();
        for (PaperLines.Passage p : passages) {
            for (MinutesLine line : p.lines()) {
                Matcher m = REF.matcher(line.text());
                if (m.matches()) {
                    if (p.heading() || walkedRefs.contains(m.group("ref"))) {
                        return null; // the walk reads the references as items: nothing to re-place
                    }
                    byStem.computeIfAbsent(m.group("stem"), s -> new HashSet<>()).add(m.group("n"));
                }
            }
        }
        return byStem.entrySet().stream().filter(e -> e.getValue().size() >= MINUTES)
                .max(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(Set::size)))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The walk's numbered items in print order, each number once: the Order of Business. */
    private static List<MinutesItem> order(Minutes walked) {
        Map<String, MinutesItem> out = new LinkedHashMap<>();
        for (MinutesItem i : walked.items()) {
            if (i.number() != null && i.number().matches("\\d{1,3}") && i.title() != null) {
                out.putIfAbsent(i.number(), i);
            }
        }
        return List.copyOf(out.values());
    }

    /** The index of the Order item a minute's opening words name, from the previous minute's on. */
    private static int itemOf(List<MinutesItem> order, String opening, int previous) {
        Set<String> words = words(opening);
        int best = -1;
        int most = 0;
        for (int i = Math.max(0, previous); i < order.size(); i++) {
            Set<String> shared = words(order.get(i).title());
            shared.retainAll(words);
            if (shared.size() > most) {
                most = shared.size();
                best = i;
            }
        }
        return best >= 0 ? best : Math.min(previous + 1, order.size() - 1);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
