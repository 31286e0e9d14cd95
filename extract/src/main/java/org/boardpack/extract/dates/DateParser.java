package org.boardpack.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds written dates in English board papers: {@code Wednesday 11th November 2020},
 * {@code 9 December 2020}, {@code Wednesday, 12 July 2017}, {@code 11November 2020} (a lost space),
 * {@code 12/07/2017}. Day-month order, as in the UK. Impossible dates are not dates.
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

    private static Optional<LocalDate> of(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
