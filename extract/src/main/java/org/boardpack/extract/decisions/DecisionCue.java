package org.boardpack.extract.decisions;

/**
 * What opens a decision: its kind, the decision's own words after the opening ({@code that the
 * report be noted}, or the whole sentence when the opening is part of it), whether the opening
 * stands alone with the words in the paragraphs below ({@code RESOLVED}), whether it was a strong
 * label (agreed, resolved, decision: whatever follows is the decision) and whether it says the
 * decision was unanimous.
 */
record DecisionCue(DecisionKind kind, String rest, boolean alone, boolean strong, boolean unanimous) {
}
