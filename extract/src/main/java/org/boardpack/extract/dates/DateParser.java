package org.boardpack.extract.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates in English board papers: {@code Wednesday 11th November 2020},
 * {@code 9 December 2020}, {@code Wednesday, 12 July 2017}, {@code 11November 2020} (a lost space),
 * {@code 12/07/2017}. Day-month order, as in the UK. Impossible dates are not dates. A heading's
 * date printed without its year ({@code Tuesday 24th September}) is read only in a year given from
 * elsewhere in which its weekday falls ({@link #findInYears}); short numeric dates
 * ({@code 5-4-16}) only to bear out another date ({@link #numericDates}).
 */
public final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");
    /** A numeric date with a two- or four-digit year, any separator: {@code 5-4-16}, {@code 05/04/2016}. */
    private static final Pattern ANY_NUMERIC = Pattern.compile("(?<![\\d.-])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})(?![\\d.-]?\\d)");
    /** A weekday, day and month with no year after them: {@code Tuesday 24th September}. */
    private static final Pattern NO_YEAR = Pattern.compile("\\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(\\d{1,2})\\s*"
            + "(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + "\\b(?![.,]?\\s*\\d)", Pattern.CASE_INSENSITIVE);
    /** The weekday printed right before a date: {@code Tuesday 4 April}, {@code THURSDAY, OCTOBER 26}. */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b[\\s,]*(?:the\\s+)?$");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tues", DayOfWeek.TUESDAY,
            "wednes", DayOfWeek.WEDNESDAY, "thurs", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "satur", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    /** A date found in text, with where it was found. */
    public record Found(LocalDate date, int start, int end) {
    }

    public Optional<Found> find(String text) {
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(3), MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)),
                    m.group(1));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), m.start(), m.end()));
            }
        }
        m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(3), MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)),
                    m.group(2));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), m.start(), m.end()));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            Optional<LocalDate> d = of(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
            if (d.isPresent()) {
                return Optional.of(new Found(d.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** The weekday printed right before the date found in {@code text}, if one is. */
    public Optional<DayOfWeek> weekdayBefore(String text, Found date) {
        Matcher m = WEEKDAY_BEFORE.matcher(text.substring(0, date.start()));
        return m.find() ? Optional.of(WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /**
     * A date printed with its weekday but no year ({@code Tuesday 24th September}), in the one
     * year of {@code years} in which that day is that weekday; empty if none or several are.
     */
    public Optional<Found> findInYears(String text, Collection<Integer> years) {
        Matcher m = NO_YEAR.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        DayOfWeek weekday = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
        int month = MONTHS.get(m.group(3).substring(0, 3).toLowerCase(Locale.ROOT));
        List<LocalDate> fits = years.stream().distinct()
                .map(y -> of(String.valueOf(y), month, m.group(2)))
                .flatMap(Optional::stream)
                .filter(d -> d.getDayOfWeek() == weekday)
                .toList();
        return fits.size() == 1 ? Optional.of(new Found(fits.getFirst(), m.start(2), m.end())) : Optional.empty();
    }

    /** Every numeric date in the text, two-digit years in this century: to bear out a written date. */
    public List<LocalDate> numericDates(String text) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = ANY_NUMERIC.matcher(text);
        while (m.find()) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            of(year, Integer.parseInt(m.group(2)), m.group(1)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<LocalDate> of(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
