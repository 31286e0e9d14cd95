package org.boardpack.extract.actions;

import org.boardpack.model.actions.ActionStatus;

/**
 * An action's printed status as one of open, closing, closed or other, by the words of the
 * {@code action-status} vocabulary: proposals to close ({@code Proposed for closure},
 * {@code Closing}) are closing; work under way, not started or not yet done is open; finished work
 * is closed; anything else (RAG colours, {@code Deferred}, {@code On hold}, {@code Yes}) is other.
 */
public final class StatusNormaliser {

    private final ActionVocabulary words = ActionVocabulary.standard();

    public ActionStatus normalise(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        ActionStatus status = words.status(printed);
        return status == null ? ActionStatus.OTHER : status;
    }
}
