package org.boardpack.app.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.boardpack.extract.register.LinkedAction;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.register.ActionRegister;

/**
 * The action register's actions that meet the criteria, each linked across its body's meetings.
 * One body's actions are linked at a time and only those asked for kept, so the whole register is
 * never held at once.
 */
public final class RegisterQuery {

    private RegisterQuery() {
    }

    /** @param body a body's name or slug, or null for every body */
    public static List<LinkedAction> linked(PackSearcher searcher, String body, ActionCriteria criteria)
            throws IndexException {
        return ActionLinks.kept(searcher, body, criteria.asOf(), criteria);
    }
}
