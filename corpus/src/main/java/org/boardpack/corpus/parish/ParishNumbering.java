package org.boardpack.corpus.parish;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.parish.ParishPlan.Entry;
import org.boardpack.corpus.parish.ParishPlan.Labelled;
import org.boardpack.corpus.parish.ParishPlan.LetteredTitle;
import org.boardpack.corpus.parish.ParishPlan.Minute;
import org.boardpack.corpus.parish.ParishPlan.Paragraph;
import org.boardpack.corpus.parish.ParishPlan.Points;
import org.boardpack.corpus.parish.ParishPlan.Resolution;
import org.boardpack.model.decisions.DecisionKind;

/**
 * The varied ways parish minutes number their parts (issue 14, agenda numbering): public comments
 * numbered 1, 2, 3 of their own inside an item, a minute number typed a little out of its column,
 * an elections minute whose short lettered titles stand right under its heading (the heading with a
 * colon of its own, or not), and a reports minute whose sub-numbers each open with a title label
 * ({@code 47.1 Play Area: …}). Drawn on a stream of their own, so the plan's draws are the same
 * whether a pack is varied or not.
 */
final class ParishNumbering {

    private static final List<String> COMMENTS = List.of(
            "A resident asked when the footpath to the church would be resurfaced.",
            "A resident reported fly-tipping in the lay-by on the main road.",
            "A resident thanked the council for the new bench on the green.",
            "A resident raised concerns about speeding traffic through the village.",
            "A resident asked for the hedge on the lower lane to be cut back.",
            "A resident asked whether the bus shelter by the school could be repaired.");
    private static final String[] NUMBER_WORDS = {"", "one", "two", "three", "four", "five", "six"};
    /** Report labels and what the reporting member said (narrative: nothing decided). */
    private static final List<String[]> REPORTS = List.of(
            new String[] {"Crossings and Greens", "Nothing to report."},
            new String[] {"Highways and Byways", "The pothole outside the school had been repaired by the County Council."},
            new String[] {"Play Area", "The annual inspection had found the swings and climbing frame in good order."},
            new String[] {"Tree Warden", "Two ash trees on the green showed signs of dieback and would be inspected."},
            new String[] {"Village Hall", "The hall committee had met in the autumn; bookings were steady."},
            new String[] {"Neighbourhood Watch", "No incidents had been reported since the last meeting."});
    /** A decision a report may lead to, in the plain resolution form. */
    private static final String REPORT_DECISION = "It was RESOLVED to repaint the play area fencing before the summer.";
    /** How far right a heading typed out of place stands: past the column's tolerance, within a line pitch. */
    private static final int SHIFT_MIN = 8;
    private static final int SHIFT_MAX = 11;

    private final Rng rng;
    private final Variations variations;

    ParishNumbering(long seed, Variations variations) {
        this.rng = new Rng(new Rng(seed * 59 + 41).nextLong());
        this.variations = variations;
    }

    /** The public participation minute's entries: the plain paragraph, or (varied) comments numbered of their own. */
    List<Entry> publicComments(Paragraph plain) {
        if (!variations.has(Variation.NUMBERED_LIST_IN_ITEM)) {
            return List.of(plain);
        }
        List<String> said = rng.sample(COMMENTS, rng.between(3, 5));
        String stem = rng.chance(0.5) ? "Residents raised the following matters:"
                : "There were " + NUMBER_WORDS[said.size()] + " speakers.";
        return List.of(new Points(stem, said));
    }

    /** With {@link Variation#LETTERED_TITLES_UNDER_HEADING}, an elections minute numbered {@code n}; else null. */
    Minute elections(int n) {
        if (!variations.has(Variation.LETTERED_TITLES_UNDER_HEADING)) {
            return null;
        }
        String title = rng.pick("ELECTION OF OFFICERS", "ELECTIONS");
        boolean chairman = rng.chance(0.5);
        String chair = chairman ? "Chairman" : "Chair";
        List<Entry> entries = List.of(new LetteredTitle("a", chair), new LetteredTitle("b", "Vice-" + chair),
                new Paragraph("The " + chair + " and Vice-" + chair
                        + " signed their declarations of acceptance of office."));
        return new Minute(n, title, entries).printed(0f, rng.chance(0.5));
    }

    /**
     * With {@link Variation#LABELLED_SUB_NUMBERS}, a reports minute numbered {@code n} whose every
     * sub-number opens with a title label, one of them (by chance) leading to a decision; else null.
     */
    Minute reports(int n) {
        if (!variations.has(Variation.LABELLED_SUB_NUMBERS)) {
            return null;
        }
        List<String[]> chosen = rng.sample(REPORTS, rng.between(3, 5));
        boolean decided = rng.chance(0.5);
        List<Entry> entries = new ArrayList<>();
        for (String[] r : chosen) {
            // the sub-number printed before the decision is its minute reference, as for any sub-numbered paragraph
            Entry said = decided && r[0].equals("Play Area")
                    ? new Resolution(REPORT_DECISION, REPORT_DECISION, DecisionKind.RESOLVED,
                            n + "." + (entries.size() + 1))
                    : new Paragraph(r[1]);
            entries.add(new Labelled(r[0], said));
        }
        return new Minute(n, "REPORTS", entries, true);
    }

    /**
     * With {@link Variation#ITEM_OUT_OF_COLUMN}, one or two minutes after the first with their
     * numbers set a few points right of the column, as a heading typed with a stray space prints.
     */
    List<Minute> outOfColumn(List<Minute> minutes) {
        if (!variations.has(Variation.ITEM_OUT_OF_COLUMN) || minutes.size() < 3) {
            return minutes;
        }
        List<Minute> out = new ArrayList<>(minutes);
        for (int k = rng.between(1, 2); k > 0; k--) {
            int i = rng.between(1, out.size() - 1);
            Minute m = out.get(i);
            out.set(i, m.printed(rng.between(SHIFT_MIN, SHIFT_MAX), m.colon()));
        }
        return out;
    }
}
