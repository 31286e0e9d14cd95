package org.boardpack.index;

import org.boardpack.extract.actions.Action;
import org.boardpack.extract.meetings.Meeting;

/**
 * An action record as the index holds it, with the file it came from and the meeting whose papers
 * carry it ({@code paper}: for an action log the meeting the pack is for, for minutes the meeting
 * they record; null when the paper's meeting is unknown). The action's own {@code meeting} is the
 * meeting that raised it.
 */
public record IndexedAction(Action action, String path, Meeting paper) {
}
