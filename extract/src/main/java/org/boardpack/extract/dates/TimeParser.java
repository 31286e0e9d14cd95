package org.boardpack.extract.dates;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a clock time and writes it as 24h {@code HH:MM}: {@code 16:00hrs}, {@code 3pm},
 * {@code 1.00 p.m.}, {@code 2:30 PM}, {@code 10.30am}. A bare number is not a time; neither is
 * {@code 1.8} without am/pm, hours or a colon. Where the wording says a time comes next (a
 * {@code Time:} label, "at" after a meeting's date), {@link #leading} also reads the 24-hour
 * forms that are only times in such a place: {@code 14.00}, {@code 1900}, {@code 1330 hours}.
 */
public final class TimeParser {

    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d.:])(\\d{1,2})(?:([:.])(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?|hrs|hours|noon)?(?![\\d])",
            Pattern.CASE_INSENSITIVE);

    /** Words that may stand between a cue and its time: {@code at}, {@code from}, {@code commencing at}. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^[\\s,:;–—-]*(?:(?:at|from|commencing|starting|time)\\b[\\s,:.]*)*");
    /** A 24-hour clock without am/pm: {@code 14.00}, {@code 19:00}, {@code 1900}, {@code 1330 hours}. */
    private static final Pattern BARE_24H = Pattern.compile(
            "^([01]?\\d|2[0-3])[.:]?([0-5]\\d)(?![\\d]|[.:/]\\d)(\\s*(?:hrs|hours|h)\\b)?", Pattern.CASE_INSENSITIVE);

    /** A time read at the start of a text, and where in the text it ends. */
    public record Clock(String time, int end) {
    }

    /**
     * The time a text starts with, after lead-in words ({@code at 1900.}, {@code 19.00 IN THE HALL},
     * {@code : 1830}, {@code 2pm (1400)}, {@code 09.30 – 12.30} → its start). For the place right
     * after a cue that says a time follows; a time later in the text is not read.
     */
    public Optional<String> leading(String text) {
        return leadingClock(text).map(Clock::time);
    }

    /** {@link #leading}, with where the time ends in {@code text}. */
    public Optional<Clock> leadingClock(String text) {
        Matcher lead = LEAD_IN.matcher(text);
        int from = lead.lookingAt() ? lead.end() : 0;
        String rest = text.substring(from);
        Matcher m = TIME.matcher(rest);
        if (m.lookingAt()) {
            Optional<String> t = find(rest.substring(0, m.end()));
            if (t.isPresent()) {
                return Optional.of(new Clock(t.get(), from + m.end()));
            }
        }
        Matcher bare = BARE_24H.matcher(rest);
        if (bare.lookingAt()) {
            String time = String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(bare.group(1)), bare.group(2));
            return Optional.of(new Clock(time, from + bare.end()));
        }
        return Optional.empty();
    }

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
