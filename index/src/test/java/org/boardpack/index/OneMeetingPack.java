package org.boardpack.index;

import java.util.List;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.names.BodySlug;
import org.boardpack.model.pages.PageText;

/**
 * A one-page minutes pack made by code: one meeting of {@code body} on {@code date}, one agreed
 * decision and one action, the meeting id the body printed gives. Shared by the index's and the
 * application layer's body-resolution tests (the app module reads it from the index's test jar).
 */
public final class OneMeetingPack {

    private OneMeetingPack() {
    }

    /** {@code action}'s fields under this pack's meeting id. */
    public static PackRecord of(String path, String body, String date, String decision, Action action) {
        String id = BodySlug.of(body) + "/" + date;
        Action a = new Action(action.source(), id, action.ref(), action.item(), action.description(), action.owner(),
                action.ownerName(), action.raised(), action.due(), action.status(), action.statusText(), List.of(), 1);
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, Integer.toHexString(path.hashCode()).repeat(8), 1, "pdf"),
                List.of(new DocumentSpan(DocumentType.MINUTES, "Minutes", 1, 1, id)),
                List.of(new Meeting(id, body, date, null, null)), null, List.of(),
                List.of(new Decision(id, "3", null, DecisionKind.AGREED, decision, null, 1)),
                List.of(a), null, List.of(new PageText(1, body + "\n" + decision)));
    }
}
