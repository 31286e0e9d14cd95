package org.boardpack.model.decisions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A decision recorded in minutes, its text verbatim.
 *
 * @param context what the text needs to be read by, where the decision does not say it itself
 *                (annotation guide, Decisions): the stem above numbered resolutions
 *                ({@code Committee resolved to:}), the label above a resolution ({@code RESOLVED:-}),
 *                the row a grid's {@code Approved.} is on, the sentence a bare {@code Agreed} closes
 *                or a {@code This was agreed} points back to, a motion's mover, seconder and vote;
 *                {@code null} (and not written) otherwise
 */
public record Decision(String meeting, String item, String minuteRef, DecisionKind kind, String text,
                       String vote, int page, @JsonInclude(JsonInclude.Include.NON_NULL) String context) {

    /** A decision whose text says it all. */
    public Decision(String meeting, String item, String minuteRef, DecisionKind kind, String text, String vote, int page) {
        this(meeting, item, minuteRef, kind, text, vote, page, null);
    }
}
