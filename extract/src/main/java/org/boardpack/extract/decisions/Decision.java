package org.boardpack.extract.decisions;

/** A decision recorded in minutes, its text verbatim. */
public record Decision(String meeting, String item, String minuteRef, DecisionKind kind, String text,
                       String vote, int page) {
}
