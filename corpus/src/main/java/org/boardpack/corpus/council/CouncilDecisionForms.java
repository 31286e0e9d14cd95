package org.boardpack.corpus.council;

import static org.boardpack.corpus.council.CouncilAgendaRenderer.RIGHT;
import static org.boardpack.corpus.council.CouncilMinutesRenderer.BODY;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;

/**
 * The varied ways council minutes record a decision beside their RESOLVED blocks (issue 14, seen on
 * real town and city council minutes): a grants table whose Decision column holds each row's
 * outcome ({@code Approved.}, {@code £500 approved.}, {@code Rejected.}), and a recorded vote
 * printed on the line below a resolution ({@code For 7, Against 2, Abstentions 1}). What they
 * print is drawn from a random stream of their own, so the plan a seed gives is the same with
 * them or without.
 */
final class CouncilDecisionForms {

    /** Applicants to a council's community grants fund, and what they ask for. */
    private static final List<String[]> APPLICANTS = List.of(
            new String[] {"Friends of Victoria Park", "Replacement benches and planting"},
            new String[] {"Northgate Community Association", "Hall heating and insulation"},
            new String[] {"St Mary's Church", "Churchyard wall repairs"},
            new String[] {"Riverside Youth Club", "Summer holiday activity programme"},
            new String[] {"Age Concern Drop-in", "Lunch club equipment"},
            new String[] {"Town Twinning Association", "Exchange visit coach hire"},
            new String[] {"Allotment Holders' Society", "Water supply to new plots"},
            new String[] {"Arts Festival Committee", "Street performers and stage hire"});
    /** Column widths of the grants table, from the minute's body to the right margin. */
    private static final float[] WIDTHS = {130f, 133f, 50f, RIGHT - BODY - 313f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;
    private final Rng rng;

    /** @param seed the pack's seed: this class draws from a stream of its own made from it */
    CouncilDecisionForms(PageWriter w, PackAnswers answers, Variations variations, long seed) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
        // a stream of its own, mixed once: the first draws of neighbouring java.util.Random seeds are alike
        this.rng = new Rng(new Rng(seed * 53 + 29).nextLong());
    }

    /** Whether the minute at {@code index} of those with resolutions prints the grants table (the second such minute). */
    boolean grantsUnder(int index) {
        return variations.has(Variation.DECISION_COLUMN_OUTCOMES) && index == 1;
    }

    /**
     * The grants table under a minute: a sentence introducing it, then one row per application with
     * its outcome in the Decision column; each outcome is a decision of the meeting (annotation
     * guide: an approval in a decision column is {@code approved}, a refusal {@code other}), its
     * applicant the context.
     */
    void grants(TextFlow flow, String meeting, String ref) {
        Fonts f = w.fonts();
        Style s = f.regular(10);
        Style b = f.bold(10);
        flow.gap(8);
        flow.paragraph("The Committee considered the following applications to the Community Grants Fund:",
                f.regular(11), BODY, RIGHT);
        flow.gap(6);
        List<String[]> chosen = rng.sample(APPLICANTS, rng.between(3, 5));
        List<Row> rows = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int asked = rng.between(4, 30) * 100;
            // at least one approval and one refusal in every table
            String outcome = i == 0 ? "Approved." : i == 1 ? "Rejected."
                    : rng.pick("Approved.", "Approved.", "£" + asked / 2 + " approved.", "Rejected.");
            outcomes.add(outcome);
            rows.add(Row.of(Band.of(List.of(new Para(chosen.get(i)[0], s)), List.of(new Para(chosen.get(i)[1], s)),
                    List.of(new Para("£" + asked, s)), List.of(new Para(outcome, s)))));
        }
        Band header = Band.of(List.of(new Para("Applicant", b)), List.of(new Para("Purpose", b)),
                List.of(new Para("Amount", b)), List.of(new Para("Decision", b)));
        DrawnTable drawn = new RuledTableDrawer(w).draw(new Layout(BODY, WIDTHS, 4f, header, true), rows);
        answers.table(drawn.answer(null));
        for (int i = 0; i < chosen.size(); i++) {
            String outcome = outcomes.get(i);
            DecisionKind kind = outcome.startsWith("Rejected") ? DecisionKind.OTHER : DecisionKind.APPROVED;
            answers.decision(new Decision(meeting, ref, ref, kind, outcome, null, drawn.bandPages().get(i).get(0),
                    chosen.get(i)[0]));
        }
    }

    /**
     * The division a minute's resolutions were carried by, or {@code null} when it prints none: with
     * the variation, about half the minutes that resolve print their division (in place of "The
     * decision was unanimous." where the plain pack prints that).
     */
    Vote vote() {
        if (!variations.has(Variation.RECORDED_VOTE) || !rng.chance(0.5)) {
            return null;
        }
        return new Vote(rng.between(5, 9), rng.between(1, 4), rng.between(0, 2));
    }

    /** A division as minutes print it below the resolution, and as the annotation guide writes it. */
    record Vote(int yes, int no, int abstain) {

        String printed() {
            return "For " + yes + ", Against " + no + ", Abstentions " + abstain;
        }

        String answer() {
            return "for " + yes + ", against " + no + ", abstain " + abstain;
        }
    }
}
