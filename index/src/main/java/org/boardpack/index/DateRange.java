package org.boardpack.index;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Meeting dates from {@code from} to {@code to}, both inclusive, either open (null). A bound may be
 * given as a day, a month or a year ({@code 2020-11-11}, {@code 2020-11}, {@code 2020}): as the
 * start it means the first day of that period, as the end the last, so {@code from 2020 to 2020}
 * is the whole of 2020.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ANY = new DateRange(null, null);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The range between two bounds as typed; a null or blank bound leaves that side open. */
    public static DateRange of(String from, String to) {
        return new DateRange(startOf(from), endOf(to));
    }

    /** The first day of the period {@code text} names; null for null or blank. */
    public static LocalDate startOf(String text) {
        return bound(text, true);
    }

    /** The last day of the period {@code text} names; null for null or blank. */
    public static LocalDate endOf(String text) {
        return bound(text, false);
    }

    public boolean isOpen() {
        return from == null && to == null;
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static LocalDate bound(String text, boolean start) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (YEAR.matcher(t).matches()) {
                Year y = Year.parse(t);
                return start ? y.atDay(1) : y.atMonth(12).atEndOfMonth();
            }
            if (MONTH.matcher(t).matches()) {
                YearMonth m = YearMonth.parse(t);
                return start ? m.atDay(1) : m.atEndOfMonth();
            }
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date; give YYYY-MM-DD, YYYY-MM or YYYY", e);
        }
    }
}
