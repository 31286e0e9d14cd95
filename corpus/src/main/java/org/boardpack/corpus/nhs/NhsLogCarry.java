package org.boardpack.corpus.nhs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.nhs.NhsPlan.LogRow;
import org.boardpack.corpus.nhs.NhsPlan.Update;

/**
 * How an action-log row moves on from one month's log to the next, as a board secretary keeps
 * it: a row shown closed is dropped; the others keep their reference, raised date and comments,
 * gain a dated comment, move towards closure, sometimes have their deadline pushed back, and now
 * and then have their wording tidied.
 */
final class NhsLogCarry {

    private static final List<String> PROGRESS = List.of(
            "Work is under way; the lead will report back at the next meeting.",
            "Discussed with partners; a paper is being prepared.",
            "Awaiting information from the organisations involved.",
            "Deadline revised to allow the workstream to report first.",
            "Verbal update given at the Board; further work required.");
    private static final List<String> DONE = List.of(
            "Completed; the paper was circulated to members.",
            "Complete and reported to the Board.",
            "Action complete. Recommend closure.");

    private final Rng rng;

    NhsLogCarry(Rng rng) {
        this.rng = rng;
    }

    /** The rows of {@code log} still open, as they will stand in the log updated on {@code updated}. */
    List<LogRow> carry(List<LogRow> log, LocalDate lastMeeting, LocalDate updated) {
        List<LogRow> carried = new ArrayList<>();
        for (LogRow r : log) {
            if (!"Closed".equals(r.status())) {
                carried.add(next(r, lastMeeting, updated));
            }
        }
        return carried;
    }

    private LogRow next(LogRow r, LocalDate lastMeeting, LocalDate updated) {
        String status = switch (r.status()) {
            case "Closing" -> rng.chance(0.6) ? "Closed" : "Closing";
            default -> rng.pick("Open", "Open", "Closing", "Closed");
        };
        List<Update> updates = new ArrayList<>(r.updates());
        LocalDate on = lastMeeting.plusDays(rng.between(1, (int) (updated.toEpochDay() - lastMeeting.toEpochDay())));
        updates.add(new Update(on, rng.pick(" - ", "- ", " "),
                "Closed".equals(status) ? rng.pick(DONE) : rng.pick(PROGRESS)));
        LocalDate due = !"Closed".equals(status) && !r.due().isAfter(updated) && rng.chance(0.5)
                ? r.due().plusMonths(2) : r.due();
        String action = rng.chance(0.1) ? tidied(r.action()) : r.action();
        return new LogRow(r.ref(), r.raised(), r.item(), action, r.responsible(), r.ownerName(), due, status, updates);
    }

    /**
     * The same action reworded as log keepers do: {@code To provide a letter ….} → {@code Provide a
     * letter …}, or a note of what is expected back.
     */
    private String tidied(String action) {
        String s = action.endsWith(".") ? action.substring(0, action.length() - 1) : action;
        if (rng.chance(0.5)) {
            return s + " and report back to the Board";
        }
        return s.startsWith("To ") && s.length() > 4 ? Character.toUpperCase(s.charAt(3)) + s.substring(4) : s;
    }
}
