package org.boardpack.app.register;

import org.boardpack.model.actions.ActionStatus;

/** The status shown at the meeting of {@code date} differs from the one shown before it. */
public record StatusChange(String date, ActionStatus from, ActionStatus to) {
}
