package org.boardpack.app.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.model.actions.ActionRefs;

/**
 * Links the snapshots of actions (the rows of many packs' minutes and action logs) into actions.
 * A pure function: rows of one body, taken in meeting order, join the action that
 * <ol>
 *   <li>has the same reference ({@code 31} = {@code 031} = {@code Action 31}), unless their
 *       descriptions are clearly different ({@link LinkRules#sameRefFloor()}): the reference was
 *       reused; else</li>
 *   <li>has no reference of its own and a description at least {@link LinkRules#descriptionLink()}
 *       alike, with owners that agree (a row without a reference may join any action this way),</li>
 * </ol>
 * but never an action first shown closed at an earlier meeting (a reference used again after
 * closure is a new action), one raised on another known day, or one the same paper already
 * listed. A row that joins nothing starts a new action.
 */
public final class ActionLinker {

    private static final Comparator<ActionSnapshot> MEETING_ORDER = Comparator
            .comparing(ActionSnapshot::date, Comparator.nullsLast(Comparator.naturalOrder()))
            // the minutes raise an action; the log of the same meeting reports on it
            .thenComparing(s -> s.action().source())
            .thenComparing(ActionSnapshot::path, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(s -> s.action().page());

    private final LinkRules rules;
    private final LinkedActionAssembler assembler;

    public ActionLinker(LinkRules rules, LinkedActionAssembler assembler) {
        this.rules = rules;
        this.assembler = assembler;
    }

    /** The actions these rows are snapshots of, by body and then the day each was raised. */
    public List<LinkedAction> link(Collection<ActionSnapshot> snapshots) {
        Map<String, List<ActionSnapshot>> byBody = new TreeMap<>();
        for (ActionSnapshot s : snapshots) {
            byBody.computeIfAbsent(s.bodyKey(), k -> new ArrayList<>()).add(s);
        }
        List<LinkedAction> linked = new ArrayList<>();
        byBody.forEach((body, rows) -> linked.addAll(assembler.assemble(body, chains(rows))));
        return linked;
    }

    /** The rows of one body as chains of snapshots, each chain one action. */
    List<ActionChain> chains(List<ActionSnapshot> rows) {
        List<ActionSnapshot> ordered = new ArrayList<>(rows);
        ordered.sort(MEETING_ORDER);
        List<ActionChain> chains = new ArrayList<>();
        for (ActionSnapshot s : ordered) {
            ActionChain chain = match(chains, s);
            if (chain == null) {
                chain = new ActionChain();
                chains.add(chain);
            }
            chain.add(s);
        }
        return chains;
    }

    private ActionChain match(List<ActionChain> chains, ActionSnapshot s) {
        String ref = ActionRefs.key(s.action().ref());
        if (ref != null) {
            // the latest action under this reference: an older one under it was reused away from
            for (int i = chains.size() - 1; i >= 0; i--) {
                ActionChain c = chains.get(i);
                if (ref.equals(c.refKey())) {
                    double similarity = c.similarity(s);
                    boolean sameTask = similarity < 0 || similarity >= rules.sameRefFloor();
                    return open(c, s) && sameTask ? c : null;
                }
            }
        }
        ActionChain best = null;
        double bestSimilarity = rules.descriptionLink();
        for (ActionChain c : chains) {
            if ((ref != null && c.refKey() != null) || !open(c, s) || !c.ownersAgree(s)) {
                continue;
            }
            double similarity = c.similarity(s);
            if (similarity >= bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /** Whether the action can still take this row: not closed before it, raised the same day, not in its paper yet. */
    private static boolean open(ActionChain c, ActionSnapshot s) {
        return !c.closedBefore(s.date()) && !c.raisedOtherwiseThan(s) && !c.seenIn(s);
    }
}
