package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

/**
 * What marks a decision: its kind, its text as far as the cue gives it, and how the cue relates to
 * the text around it.
 *
 * @param form      {@link Form#STATES}: {@code text} is the decision; {@link Form#OPENS}: a label
 *                  standing alone above the decision ({@code RESOLVED}, {@code Agreed:}), text empty;
 *                  {@link Form#ALONE}: a label word alone that opens the paragraph below when that
 *                  paragraph reads as a decision ({@code that ...}, a numbered list) and otherwise
 *                  closes the sentence above it ({@code Agreed}, {@code AGREED.}, {@code Approved})
 * @param unanimous whether the cue itself says so ({@code RESOLVED unanimously}, {@code It was
 *                  unanimously agreed})
 * @param refusal   whether the label refuses ({@code Rejected.}): read only in a decision column
 * @param perEntry  whether a list the sentence introduces holds one decision per entry
 *                  ({@code the following candidates were elected:})
 */
record DecisionCue(DecisionKind kind, String text, Form form, boolean unanimous, boolean refusal, boolean perEntry) {

    DecisionCue(DecisionKind kind, String text, Form form, boolean unanimous) {
        this(kind, text, form, unanimous, false, false);
    }

    DecisionCue(DecisionKind kind, String text, Form form, boolean unanimous, boolean refusal) {
        this(kind, text, form, unanimous, refusal, false);
    }

    enum Form { STATES, OPENS, ALONE }

    boolean states() {
        return form == Form.STATES;
    }
}
