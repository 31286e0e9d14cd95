package org.boardpack.model.dates;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Optional;

/**
 * Dates as the format writes them, which may be partial: a day ({@code 2020-11-11}), a month
 * ({@code 2020-11}: a deadline) or a year ({@code 2004}: a general meeting known by its year).
 * Where one must be placed on a calendar (sorting, a date range) it stands for its first day.
 */
public final class PartialDates {

    private PartialDates() {
    }

    /** The first day of {@code iso}, or empty when it is not a day, month or year as the format writes them. */
    public static Optional<LocalDate> firstDay(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        try {
            if (iso.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1));
            }
            if (iso.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(iso + "-01"));
            }
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
