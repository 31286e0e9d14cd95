package org.boardpack.app.register;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Deadlines as logs give them: a day, or a month meaning its last day ({@code Dec-20} → {@code 2020-12}). */
public final class DueDates {

    private DueDates() {
    }

    /** The last day a deadline allows; null when it is not a date. */
    public static LocalDate lastDay(String due) {
        if (due == null) {
            return null;
        }
        try {
            if (due.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(due).atEndOfMonth();
            }
            return due.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(due) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the deadline had passed by {@code day} (a month's deadline passes when the month ends). */
    public static boolean before(String due, LocalDate day) {
        LocalDate last = lastDay(due);
        return last != null && last.isBefore(day);
    }
}
