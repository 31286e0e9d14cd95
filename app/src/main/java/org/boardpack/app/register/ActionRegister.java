package org.boardpack.app.register;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;

/**
 * The action register of an index: every action record as a snapshot of the paper that printed it,
 * and those snapshots linked across the packs of each body into actions with their history. What
 * {@code boardpack actions} lists and what an export of the linked view writes (each
 * {@link LinkedAction} serialises with {@code BoardpackJson}'s mapper to the shape of
 * {@code docs/schema/linked-action.schema.json}).
 */
public final class ActionRegister {

    private final ActionLinker linker;

    public ActionRegister(ActionLinker linker) {
        this.linker = linker;
    }

    /** The register with the default link rules, judging overdue actions on {@code asOf}. */
    public static ActionRegister asOf(LocalDate asOf) {
        return new ActionRegister(new ActionLinker(LinkRules.DEFAULT, new LinkedActionAssembler(asOf)));
    }

    /**
     * The linked actions of one body (name or slug, any case), or of every body when {@code body}
     * is null, all at once; {@link #linkedByBody} gives the same without holding them all.
     */
    public List<LinkedAction> linked(PackSearcher searcher, String body) throws IndexException {
        return linker.link(snapshots(searcher, body));
    }

    /**
     * The same linked actions as {@link #linked}, in the same order, one body's at a time: actions
     * are linked only within a body, so holding one body's rows and actions is enough, whatever
     * the size of the index. The iterator reads the next body's packs as it advances.
     */
    public Iterator<List<LinkedAction>> linkedByBody(PackSearcher searcher, String body) throws IndexException {
        Iterator<List<ActionSnapshot>> bodies = searcher.actionsByBody(body);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return bodies.hasNext();
            }

            @Override
            public List<LinkedAction> next() {
                return linker.link(bodies.next());
            }
        };
    }

    /** The raw rows, one per paper that printed an action. */
    public static List<ActionSnapshot> snapshots(PackSearcher searcher, String body) throws IndexException {
        return searcher.actions(body);
    }
}
