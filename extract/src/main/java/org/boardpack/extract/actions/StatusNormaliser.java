package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;

/**
 * An action's printed status as one of open, closing, closed or other, by the words of the
 * {@code action-status} vocabulary: proposals to close ({@code Proposed for closure},
 * {@code Closing}) are closing; work under way, not started or not yet done is open; finished work
 * is closed. A cell of RAG colours only is the status its rating means ({@link RagRating}); anything
 * else ({@code Deferred}, {@code On hold}, {@code Yes}) is other.
 */
public final class StatusNormaliser {

    private final ActionVocabulary words = ActionVocabulary.standard();
    private final RagRating ratings;

    public StatusNormaliser() {
        this(RagRating.standard());
    }

    /** Statuses read with the paper's own RAG key. */
    public StatusNormaliser(RagRating ratings) {
        this.ratings = ratings;
    }

    /**
     * Whether a cell only states a status ({@code On track}, {@code Not yet due}, {@code Complete.}):
     * in a log's one {@code Status / Update} column such a cell is the status alone, no update on
     * the action.
     */
    public boolean statesOnly(String cell) {
        return words.isStatusPhrase(cell);
    }

    public ActionStatus normalise(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        ActionStatus status = words.status(printed);
        if (status == null) {
            status = ratings.status(printed);
        }
        return status == null ? ActionStatus.OTHER : status;
    }
}
