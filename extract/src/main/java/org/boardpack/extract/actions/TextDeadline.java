package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline an action recorded in minutes prints in its own text: a date or month after a cue
 * word ({@code … by 31 March 2023}, {@code … to be held on March 30}, {@code … by the end of April}),
 * a yearless one in the year that puts it on or after the meeting; or deadline words
 * ({@code before the next meeting}), which have no date and are kept as printed only.
 */
final class TextDeadline {

    /** A deadline read: its ISO date or month (null for words) and the deadline as printed after its cue. */
    record Found(String due, String text) {
    }

    /** A deadline is a few words: {@code 28th of February 2023}, {@code the next Board meeting}. */
    private static final int MAX_WORDS = 5;
    /** A deadline set at a meeting falls within a few years of it. */
    private static final int HORIZON_YEARS = 3;
    /** A word ending with one of these ends the clause the deadline stands in. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:)(]+$");

    private final ActionVocabulary vocabulary;
    private final ActionDates dates = new ActionDates();

    TextDeadline(ActionVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The first deadline the text prints, read against the meeting's date (ISO, or null). */
    Optional<Found> in(String text, String meetingDate) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher cue = vocabulary.deadlineCue().matcher(text);
        while (cue.find()) {
            Optional<Found> found = after(clause(text.substring(cue.end())), meetingDate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The words after a cue, up to the end of their clause and at most {@link #MAX_WORDS}. */
    private static List<String> clause(String rest) {
        List<String> words = new ArrayList<>();
        for (String w : rest.strip().split("\\s+")) {
            if (w.isEmpty() || words.size() == MAX_WORDS) {
                break;
            }
            String bare = CLAUSE_END.matcher(w).replaceAll("");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
            if (!bare.equals(w) || bare.isEmpty()) {
                break;
            }
        }
        return words;
    }

    /**
     * Whether a date or month can be a deadline set at the meeting: not before it, nor more than
     * {@link #HORIZON_YEARS} after it (true without a meeting date).
     */
    private static boolean soonAfter(String iso, String meetingDate) {
        if (meetingDate == null || !meetingDate.matches("\\d{4}-\\d{2}.*")) {
            return true;
        }
        String meeting = meetingDate.substring(0, iso.length() == 7 ? 7 : Math.min(10, meetingDate.length()));
        return iso.compareTo(meeting) >= 0
                && Integer.parseInt(iso.substring(0, 4)) <= Integer.parseInt(meetingDate.substring(0, 4)) + HORIZON_YEARS;
    }

    /** The longest run of the clause's first words that reads as a deadline. */
    private Optional<Found> after(List<String> words, String meetingDate) {
        for (int n = words.size(); n > 0; n--) {
            String phrase = String.join(" ", words.subList(0, n));
            String date = vocabulary.deadlinePeriod().matcher(phrase).replaceFirst("");
            // a deadline set at a meeting falls soon after it: "held on March 30" is a day, not March 2030
            Optional<ActionDates.Token> token = dates.ofCell(date)
                    .filter(t -> t.start() == 0 && t.end() == date.length() && soonAfter(t.iso(), meetingDate))
                    .or(() -> dates.yearless(date, meetingDate, 0));
            if (token.isPresent()) {
                return Optional.of(new Found(token.get().iso(), phrase));
            }
            if (vocabulary.isDeadlineWords(phrase.replaceFirst("(?i)^the\\s+", ""))) {
                return Optional.of(new Found(null, phrase));
            }
        }
        return Optional.empty();
    }
}
