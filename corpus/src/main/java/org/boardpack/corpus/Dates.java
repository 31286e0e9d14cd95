package org.boardpack.corpus;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The date and time spellings board packs print. Month and day names are spelt here rather than
 * taken from the JDK's locale data, whose English abbreviations have changed between releases
 * ("Sep" / "Sept").
 */
public final class Dates {

    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday");

    private Dates() {
    }

    public static String month(LocalDate d) {
        return MONTHS.get(d.getMonthValue() - 1);
    }

    public static String weekday(LocalDate d) {
        return DAYS.get(d.getDayOfWeek().getValue() - 1);
    }

    /** {@code 9 December 2020} */
    public static String dayMonthYear(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    /** {@code 11th November 2020} */
    public static String ordinal(LocalDate d) {
        int n = d.getDayOfMonth();
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix + " " + month(d) + " " + d.getYear();
    }

    /** {@code 02 December 2020}, as action log titles print it. */
    public static String paddedDayMonthYear(LocalDate d) {
        return String.format("%02d %s %d", d.getDayOfMonth(), month(d), d.getYear());
    }

    /** {@code 04-Mar-20} */
    public static String logDate(LocalDate d) {
        return String.format("%02d-%s-%02d", d.getDayOfMonth(), month(d).substring(0, 3), d.getYear() % 100);
    }

    /** {@code Dec-20} */
    public static String logMonth(LocalDate d) {
        return month(d).substring(0, 3) + "-" + String.format("%02d", d.getYear() % 100);
    }

    /** {@code 14.10.20} */
    public static String dotted(LocalDate d) {
        return String.format("%02d.%02d.%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
    }

    /** {@code 2020-12}, the format's month-only date. */
    public static String isoMonth(LocalDate d) {
        return String.format("%d-%02d", d.getYear(), d.getMonthValue());
    }

    /** {@code 3:05 pm} or {@code 3.05 pm}: packs mix both separators. */
    public static String clock12(LocalTime t, String sep) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + sep + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " am" : " pm");
    }

    /** {@code 1.00 p.m.}, the council style. */
    public static String councilClock(LocalTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + "." + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " a.m." : " p.m.");
    }

    /** {@code 3pm} */
    public static String hour12(LocalTime t) {
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + (t.getHour() < 12 ? "am" : "pm");
    }

    /** {@code 09.30}, {@code 14.00}: the 24-hour clock with a dot, as many minutes print it. */
    public static String dotted24(LocalTime t) {
        return String.format("%02d.%02d", t.getHour(), t.getMinute());
    }

    /** {@code 16:00}, the format's time. */
    public static String hhmm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
