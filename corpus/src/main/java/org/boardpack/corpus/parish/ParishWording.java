package org.boardpack.corpus.parish;

import java.util.List;
import java.util.Map;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.parish.ParishPlan.Closed;
import org.boardpack.corpus.parish.ParishPlan.Paragraph;
import org.boardpack.corpus.parish.ParishPlan.Resolution;
import org.boardpack.model.decisions.DecisionKind;

/**
 * How parish and town council minutes word what the meeting did, as clerks write it (from real
 * minutes of several councils, 2008-2019): the resolution forms, agreement forms and passives that
 * record a decision, and the narrative that records none (noted, asked, will, had agreed), so the
 * generated files hold both and extraction is measured on telling them apart.
 */
final class ParishWording {

    /** What a council decides about, as the object of "to …" ({@code approve the quotation of £450 for …}). */
    static final List<String> MATTERS = List.of(
            "approve the quotation of £450 from Greenway Landscapes for the spring grass cutting",
            "renew the council's insurance with the current provider for a further year",
            "adopt the revised Financial Regulations as circulated",
            "object to the planning application for two dwellings on the grounds of overdevelopment",
            "purchase two replacement litter bins for the village green",
            "set the precept for the coming year at £18,500",
            "write to the Highways Authority about flooding on the lower lane",
            "accept the internal auditor's report and thank the auditor",
            "grant £250 to the village hall towards new heating",
            "support the application for a community defibrillator");

    /**
     * Each matter decided in the passive, as clerks also record it, with the kind its verb gives
     * (the varied packs): {@code The revised Financial Regulations were adopted as circulated.}
     */
    private static final Map<String, Resolution> PASSIVES = Map.of(
            MATTERS.get(0), passive("The quotation of £450 from Greenway Landscapes for the spring grass cutting was "
                    + "approved by the Council.", DecisionKind.APPROVED),
            MATTERS.get(1), passive("The renewal of the council's insurance with the current provider for a further "
                    + "year was agreed.", DecisionKind.AGREED),
            MATTERS.get(2), passive("The revised Financial Regulations were adopted as circulated.", DecisionKind.APPROVED),
            MATTERS.get(3), passive("An objection to the planning application for two dwellings on the grounds of "
                    + "overdevelopment was agreed.", DecisionKind.AGREED),
            MATTERS.get(4), passive("The purchase of two replacement litter bins for the village green was approved.",
                    DecisionKind.APPROVED),
            MATTERS.get(5), passive("The precept for the coming year was agreed at £18,500.", DecisionKind.AGREED),
            MATTERS.get(6), passive("A letter to the Highways Authority about flooding on the lower lane was agreed.",
                    DecisionKind.AGREED),
            MATTERS.get(7), passive("The internal auditor's report was accepted by the Council.", DecisionKind.AGREED),
            MATTERS.get(8), passive("A grant of £250 to the village hall towards new heating was approved by the "
                    + "Council.", DecisionKind.APPROVED),
            MATTERS.get(9), passive("The application for a community defibrillator was endorsed by the Council.",
                    DecisionKind.ENDORSED));

    private ParishWording() {
    }

    /** A decision in one of the forms clerks print; {@code proposer} and {@code seconder} as printed. */
    static ParishPlan.Entry decision(Rng rng, String matter, String proposer, String seconder, String ref,
                                     Variations variations) {
        // the subjunctive of resolutions: "RESOLVED that the Council approve …"
        String clause = "the Council " + matter;
        // the varied forms take the place of one plain form each, so the plan draws the same numbers
        return switch (rng.between(0, 4)) {
            case 0 -> variations.has(Variation.IN_AGREEMENT_AND_PASSIVES)
                    ? sentence("Members were in agreement that " + clause + ".", DecisionKind.AGREED, ref)
                    : sentence("It was RESOLVED to " + matter + ".", DecisionKind.RESOLVED, ref);
            case 1 -> variations.has(Variation.IN_AGREEMENT_AND_PASSIVES)
                    ? sentence(PASSIVES.get(matter).printed(), PASSIVES.get(matter).kind(), ref)
                    : new Resolution("RESOLVED that " + clause + ".", "that " + clause + ".", DecisionKind.RESOLVED, ref);
            case 2 -> variations.has(Variation.PROPOSED_SECONDED_AGREED)
                    ? sentence("Proposed " + proposer + ", seconded " + seconder + " and agreed that " + clause + ".",
                            DecisionKind.AGREED, ref)
                    : sentence("Proposed by " + proposer + " and seconded by " + seconder + ", it was RESOLVED to "
                            + matter + ".", DecisionKind.RESOLVED, ref);
            case 3 -> variations.has(Variation.STANDALONE_AGREED)
                    ? closed("It was proposed that " + clause + ".", "AGREED.", DecisionKind.AGREED, ref)
                    : sentence("After discussion it was agreed to " + matter + ".", DecisionKind.AGREED, ref);
            default -> sentence("Councillors agreed to " + matter + ".", DecisionKind.AGREED, ref);
        };
    }

    /**
     * A proposal closed by a bare outcome on a line of its own: the decision's text is the
     * sentence the outcome closes followed by the outcome, as a reader quotes it.
     */
    private static Closed closed(String proposal, String outcome, DecisionKind kind, String ref) {
        return new Closed(proposal, outcome, proposal + " " + outcome, kind, ref);
    }

    /** The approval of the previous minutes, as a passive. */
    static Resolution minutesApproved(String previousDate, String ref) {
        return sentence("The minutes of the meeting held on " + previousDate
                + " were confirmed as a true record and signed by the Chairman.", DecisionKind.APPROVED, ref);
    }

    /** Narrative that records no decision of the meeting. */
    static Paragraph narrative(Rng rng, String matter) {
        return new Paragraph(switch (rng.between(0, 3)) {
            case 0 -> "The council noted the report from the District Councillor.";
            case 1 -> "The Clerk will write to the contractor before the next meeting.";
            case 2 -> "It had been agreed at the previous meeting to " + matter + "; the Clerk reported progress.";
            default -> "The Clerk was asked to obtain further quotations before the next meeting.";
        });
    }

    private static Resolution passive(String text, DecisionKind kind) {
        return new Resolution(text, text, kind, null);
    }

    private static Resolution sentence(String text, DecisionKind kind, String ref) {
        return new Resolution(text, text, kind, ref);
    }
}
