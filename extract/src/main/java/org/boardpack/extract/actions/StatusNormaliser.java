package org.boardpack.extract.actions;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An action log's printed status as one of open, closing, closed or other. Proposals to close
 * ({@code Proposed for closure}, {@code Closing}) are closing; finished work is closed; work under
 * way or not started is open; anything else (RAG colours, {@code Deferred}, {@code On hold}) is other.
 */
public final class StatusNormaliser {

    private static final Pattern CLOSING = Pattern.compile(
            "\\b(closing|proposed? (for|to) clos\\w*|recommended? (for|to) clos\\w*|to (be )?close|ready to close"
                    + "|for closure|propose closure)\\b");
    private static final Pattern NOT_DONE = Pattern.compile("\\b(not|in)\\s+(complete|completed|closed|done|progress)\\b");
    private static final Pattern CLOSED = Pattern.compile(
            "\\b(closed?|complete|completed|done|achieved|resolved|delivered|finished|actioned|superseded)\\b");
    private static final Pattern OPEN = Pattern.compile(
            "\\b(open|ongoing|on-going|in progress|on track|not started|outstanding|pending|live|active|overdue|new"
                    + "|not complete|not completed|in hand|underway|under way)\\b");

    public ActionStatus normalise(String printed) {
        if (printed == null || printed.isBlank()) {
            return null;
        }
        String s = printed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (CLOSING.matcher(s).find()) {
            return ActionStatus.CLOSING;
        }
        if (NOT_DONE.matcher(s).find() || OPEN.matcher(s).find()) {
            return ActionStatus.OPEN;
        }
        if (CLOSED.matcher(s).find()) {
            return ActionStatus.CLOSED;
        }
        return ActionStatus.OTHER;
    }
}
