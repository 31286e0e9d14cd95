package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.boardpack.app.register.ActionLinker;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.LinkRules;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.app.register.LinkedActionAssembler;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;

/**
 * The action register as the {@code actions} use-case reads it: each body's action rows linked
 * across its meetings, overdue judged on that body's {@link AsOfDays as-of day}, and only the
 * actions the criteria keep. One body is held at a time, whatever the size of the index.
 */
public final class ActionLinks {

    private ActionLinks() {
    }

    /** The linked actions of one body (name or slug) or of all, that the criteria keep, in the register's order. */
    public static List<LinkedAction> kept(PackSearcher searcher, String body, AsOfDays asOf, ActionCriteria criteria)
            throws IndexException {
        List<LinkedAction> kept = new ArrayList<>();
        Iterator<List<ActionSnapshot>> bodies = searcher.actionsByBody(body);
        while (bodies.hasNext()) {
            List<ActionSnapshot> rows = bodies.next();
            if (rows.isEmpty()) {
                continue;
            }
            ActionLinker linker = new ActionLinker(LinkRules.DEFAULT,
                    new LinkedActionAssembler(asOf.of(rows.getFirst().body())));
            linker.link(rows).stream().filter(criteria::accepts).forEach(kept::add);
        }
        return kept;
    }
}
