package org.boardpack.corpus.longreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;

/**
 * Paragraphs of report prose from a {@link Vocabulary}'s templates, with the numbers real reports
 * quote ({@code 71.2%}, {@code £1.2m}). Nothing here is answered, so the prose only has to read
 * like a board paper and push the papers that matter further apart.
 */
public final class Prose {

    private final Vocabulary vocab;
    private final Rng rng;
    private final LocalDate asAt;

    public Prose(Vocabulary vocab, Rng rng, LocalDate asAt) {
        this.vocab = vocab;
        this.rng = rng;
        this.asAt = asAt;
    }

    public String paragraph() {
        List<String> sentences = new ArrayList<>();
        for (String t : rng.sample(vocab.sentences(), rng.between(3, 6))) {
            sentences.add(fill(t));
        }
        return String.join(" ", sentences);
    }

    public String sentence() {
        return fill(rng.pick(vocab.sentences()));
    }

    public String pct() {
        return rng.chance(0.3) ? rng.between(55, 99) + "%" : rng.between(55, 98) + "." + rng.between(0, 9) + "%";
    }

    /** {@code £1.2m}, {@code £350k} */
    public String money() {
        return rng.chance(0.7) ? "£" + rng.between(0, 24) + "." + rng.between(1, 9) + "m"
                : "£" + rng.between(12, 95) * 10 + "k";
    }

    public String month() {
        return Dates.month(asAt.minusMonths(rng.between(1, 2)));
    }

    /** Each slot is filled on its own, so two {@code {money}} slots in one sentence get two amounts. */
    private String fill(String template) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                return out.append(template.substring(at)).toString();
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open).append(slot(template.substring(open + 1, close)));
            at = close + 1;
        }
    }

    private String slot(String name) {
        return switch (name) {
            case "metric" -> rng.pick(vocab.metrics()).replace(" (number)", "");
            case "pct" -> pct();
            case "target" -> rng.between(75, 95) + "%";
            case "money" -> money();
            case "place" -> rng.pick(vocab.places());
            case "org" -> rng.pick(vocab.orgs());
            case "month" -> month();
            case "trend" -> rng.pick("an improvement on the previous month", "a deterioration since the last report",
                    "broadly in line with the same period last year", "the best position this year",
                    "below the national average");
            default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
        };
    }
}
