package org.boardpack.extract.dates;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a clock time and writes it as 24h {@code HH:MM}: {@code 16:00hrs}, {@code 3pm},
 * {@code 1.00 p.m.}, {@code 2:30 PM}, {@code 10.30am}. A bare number is not a time; neither is
 * {@code 1.8} without am/pm, hours or a colon.
 */
public final class TimeParser {

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:])(\\d{1,2})(?:([:.])(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|hrs|hours|noon)?(?![\\d])",
            Pattern.CASE_INSENSITIVE);

    public Optional<String> find(String text) {
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            String suffix = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT).replaceAll("[.\\s]", "");
            boolean colon = ":".equals(m.group(2));
            boolean evidence = !suffix.isEmpty() || colon;
            if (!evidence) {
                continue;
            }
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (suffix.equals("pm") && hour < 12) {
                hour += 12;
            } else if (suffix.equals("am") && hour == 12) {
                hour = 0;
            }
            if (hour > 23 || minute > 59 || ((suffix.equals("am") || suffix.equals("pm")) && Integer.parseInt(m.group(1)) > 12)) {
                continue;
            }
            return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
        }
        return Optional.empty();
    }
}
