package org.boardpack.corpus.charity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.charity.CharityPlan.MinuteItem;

/**
 * An action of an earlier meeting printed again under matters arising
 * ({@link org.boardpack.corpus.Variation#CARRIED_OVER_ACTION}): {@code Outstanding action from
 * 12 March 2024: Update the risk register (RC)}. It is given to the first trustee or officer the
 * minutes give an action to by initials that resolve, and its task is picked by the meeting's
 * date, so the plan and its random stream are left as they are.
 */
record CarriedAction(LocalDate raised, String task, String owner, String ownerName) {

    private static final List<String> TASKS = List.of(
            "Update the risk register with the new cyber security risk",
            "Circulate the revised scheme of delegation to trustees",
            "Arrange the trustee visit to the day centre",
            "Report back on the review of the volunteer expenses policy",
            "Confirm the date of the annual strategy away day");

    /** The carried action of a plan, or none when no action of the minutes has an owner who resolves. */
    static Optional<CarriedAction> of(CharityPlan plan) {
        LocalDate raised = plan.prevDate().minusMonths(3);
        String task = TASKS.get((int) Math.floorMod(plan.prevDate().toEpochDay(), (long) TASKS.size()));
        return plan.minutes().stream().flatMap(i -> i.paras().stream())
                .filter(p -> p.owner() != null && p.ownerName() != null && !p.owner().contains("/"))
                .findFirst().map(p -> new CarriedAction(raised, task, p.owner(), p.ownerName()));
    }

    /** The line as the minutes print it. */
    String printed() {
        return "Outstanding action from " + Dates.dayMonthYear(raised) + ": " + task + " (" + owner + ")";
    }

    /** The item it is printed under: matters arising, else the first item. */
    static int itemIndex(CharityPlan plan) {
        List<MinuteItem> items = plan.minutes();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).title().toLowerCase(java.util.Locale.ROOT).contains("matters arising")) {
                return i;
            }
        }
        return 0;
    }
}
