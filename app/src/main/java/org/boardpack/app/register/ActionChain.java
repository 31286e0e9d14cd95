package org.boardpack.app.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.model.actions.ActionRefs;
import org.boardpack.model.actions.ActionStatus;

/** The snapshots linked so far as one action, in the order the linker met them (meeting date order). */
final class ActionChain {

    private final List<ActionSnapshot> snapshots = new ArrayList<>();
    private String refKey;
    private LocalDate closedOn;
    private String raised;

    void add(ActionSnapshot s) {
        snapshots.add(s);
        if (refKey == null) {
            refKey = ActionRefs.key(s.action().ref());
        }
        if (closedOn == null && s.action().status() == ActionStatus.CLOSED) {
            closedOn = s.date();
        }
        if (raised == null && fullDate(s.action().raised())) {
            raised = s.action().raised();
        }
    }

    List<ActionSnapshot> snapshots() {
        return List.copyOf(snapshots);
    }

    String refKey() {
        return refKey;
    }

    /** Whether a paper of a meeting after the one that first showed it closed would be a new action. */
    boolean closedBefore(LocalDate date) {
        return closedOn != null && date != null && date.isAfter(closedOn);
    }

    /** Whether this paper already listed the action: a paper lists an action once. */
    boolean seenIn(ActionSnapshot s) {
        return snapshots.stream().anyMatch(x -> x.action().source() == s.action().source()
                && Objects.equals(x.path(), s.path()) && Objects.equals(x.meeting(), s.meeting()));
    }

    /** Whether both know the day it was raised and the days differ: then they are different actions. */
    boolean raisedOtherwiseThan(ActionSnapshot s) {
        String other = s.action().raised();
        return raised != null && fullDate(other) && !raised.equals(other);
    }

    /** The best similarity of any of this action's wordings to the snapshot's; -1 when unknown. */
    double similarity(ActionSnapshot s) {
        double best = -1;
        for (ActionSnapshot x : snapshots) {
            best = Math.max(best, Wording.similarity(x.action().description(), s.action().description()));
        }
        return best;
    }

    boolean ownersAgree(ActionSnapshot s) {
        // owners change hands over the months: agreeing with any earlier row is enough
        return snapshots.stream().anyMatch(x -> OwnerKeys.compatible(x.action(), s.action()));
    }

    private static boolean fullDate(String date) {
        return date != null && date.matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
