package org.boardpack.app.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

/** Action rows as the extractor writes them from a body's minutes and action logs, in the seed packs' wording. */
final class Rows {

    static final String BLMK = "BLMK Partnership Board";
    static final String BLMK_KEY = "blmk-partnership-board";

    private final String body;
    private final String key;

    Rows(String body, String key) {
        this.body = body;
        this.key = key;
    }

    static Rows blmk() {
        return new Rows(BLMK, BLMK_KEY);
    }

    /** A row of the log in the pack for the meeting of {@code packDate}. */
    ActionSnapshot log(String packDate, String ref, String raised, String description, String owner, String ownerName,
                       String due, ActionStatus status, ActionUpdate... updates) {
        Action a = new Action(ActionSource.ACTION_LOG, key + "/" + raised, ref, "Item", description, owner, ownerName,
                raised, due, status, status == null ? null : cap(status.name()), Arrays.asList(updates), 12);
        return new ActionSnapshot(a, key + "/" + packDate, body, LocalDate.parse(packDate), path(packDate));
    }

    /** An entry of the action column of the minutes of {@code meetingDate}, printed in the pack after it. */
    ActionSnapshot minutes(String meetingDate, String nextPack, String ref, String description, String owner,
                           String ownerName) {
        Action a = new Action(ActionSource.MINUTES, key + "/" + meetingDate, ref, "Item", description, owner, ownerName,
                meetingDate, null, null, null, null, 4);
        return new ActionSnapshot(a, key + "/" + meetingDate, body, LocalDate.parse(meetingDate), path(nextPack));
    }

    static ActionUpdate update(String date, String text) {
        return new ActionUpdate(date, text);
    }

    static List<LinkedAction> link(String asOf, ActionSnapshot... rows) {
        return new ActionLinker(LinkRules.DEFAULT, new LinkedActionAssembler(LocalDate.parse(asOf)))
                .link(List.of(rows));
    }

    private String path(String packDate) {
        return "/packs/" + key + "-" + packDate + ".pdf";
    }

    private static String cap(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
