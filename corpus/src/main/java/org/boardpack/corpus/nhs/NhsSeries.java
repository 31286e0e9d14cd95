package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.nhs.NhsPlan.LogRow;
import org.boardpack.corpus.nhs.NhsPlan.MinuteAction;
import org.boardpack.corpus.nhs.NhsPlan.MinuteItem;
import org.boardpack.model.actions.ActionSource;

/**
 * Consecutive monthly packs of one NHS partnership board. Each pack's action log carries the rows
 * of the last one that were not closed (see {@link NhsLogCarry}) and adds the actions its minutes
 * raised; now and then the secretary gives new actions the numbers of closed ones, so a reference
 * comes back for another action. Every other month's agenda prints the board's formal name, its
 * minutes and log the short one. The series knows which rows are the same action: every row and minutes entry is
 * {@link Sighting sighted} with the id of the action it belongs to.
 */
public final class NhsSeries {

    /** More references than one month's minutes raise (at most five topics of three actions). */
    private static final int MONTH_ROOM = 20;

    /** One appearance of an action: in which pack (file stem), from the minutes or the log, under which ref. */
    public record Sighting(String pack, ActionSource source, String ref, int action) {
    }

    /** The packs in meeting order, and every sighting of every action in them. */
    public record Series(List<RenderedPack> packs, List<Sighting> sightings) {
        public Series {
            packs = List.copyOf(packs);
            sightings = List.copyOf(sightings);
        }
    }

    private NhsSeries() {
    }

    public static Series render(long seed, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a series needs at least one month");
        }
        Rng rng = new Rng(seed);
        NhsPlanner planner = new NhsPlanner(rng);
        NhsLogCarry carry = new NhsLogCarry(rng);
        List<RenderedPack> packs = new ArrayList<>();
        List<Sighting> sightings = new ArrayList<>();
        Map<String, Integer> actionOfRef = new HashMap<>();
        int actions = 0;
        NhsPlan plan = planner.draw();
        for (int month = 0; month < months; month++) {
            if (month > 0) {
                List<LogRow> carried = carry.carry(plan.log(), plan.packDate(), plan.packDate().plusWeeks(3));
                Map<String, Integer> still = new HashMap<>();
                carried.forEach(r -> still.put(r.ref(), actionOfRef.get(r.ref())));
                actionOfRef.clear();
                actionOfRef.putAll(still);
                plan = planner.following(plan, carried, firstRef(rng, plan, carried));
            }
            for (LogRow r : plan.log()) {
                if (!actionOfRef.containsKey(r.ref())) {
                    actionOfRef.put(r.ref(), actions++);
                }
            }
            // every other month the agenda prints the board's formal name, the minutes and log its short one
            plan = plan.withFormalName(month % 2 == 0);
            RenderedPack pack = NhsPack.draw(plan, new Rng(rng.nextLong()), seed).pack();
            packs.add(pack);
            for (LogRow r : plan.log()) {
                sightings.add(new Sighting(pack.name(), ActionSource.ACTION_LOG, r.ref(), actionOfRef.get(r.ref())));
            }
            for (MinuteItem item : plan.minuteItems()) {
                for (MinuteAction a : item.actions()) {
                    sightings.add(new Sighting(pack.name(), ActionSource.MINUTES, a.ref(), actionOfRef.get(a.ref())));
                }
            }
        }
        return new Series(packs, sightings);
    }

    /**
     * Numbering goes on from the highest reference used, unless (now and then) the secretary gives
     * the new actions the numbers of closed ones: the lowest run of numbers, room enough for a
     * month's actions, that no row still on the log holds.
     */
    private static int firstRef(Rng rng, NhsPlan previous, List<LogRow> carried) {
        int highest = previous.log().stream().mapToInt(r -> Integer.parseInt(r.ref())).max().orElse(0);
        if (!rng.chance(0.4)) {
            return highest + 1;
        }
        int start = 1;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (LogRow r : carried) {
                int ref = Integer.parseInt(r.ref());
                if (ref >= start && ref < start + MONTH_ROOM) {
                    start = ref + 1;
                    moved = true;
                }
            }
        }
        return start + MONTH_ROOM <= highest ? start : highest + 1;
    }
}
