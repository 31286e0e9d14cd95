package org.boardpack.extract.actions;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of action logs, which are terser than the dates of minutes' title blocks: {@code 04-Mar-20},
 * {@code 15.09.20}, {@code 20.8.21}, {@code 02/12/2020}, {@code 4 March 2020}, and month-only
 * deadlines and notes ({@code Dec-20}, {@code July 20}, {@code Dec 2020}). Day before month, as in
 * the UK; a two-digit year is in this century. A full date comes out as {@code yyyy-mm-dd}, a month
 * as {@code yyyy-mm}.
 */
public final class ActionDates {

    /** A date found in text: its ISO form, whether it names only a month, and where it was found. */
    public record Token(String iso, boolean monthOnly, int start, int end) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\w])(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:of\\s+)?" + MONTH + "\\.?[\\s,-]+(\\d{4}|\\d{2})(?![\\d\\w]|[./-]\\d)",
            Pattern.CASE_INSENSITIVE);
    /**
     * A month and a year ({@code July 20}, {@code Dec 2020}). The year is not the day of a numeric
     * date that follows the month on the next line of a notes cell ({@code paper due in May} /
     * {@code 04/04/24 – …}).
     */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\.?(?:[\\s-]+|\\s*['’])(\\d{4}|\\d{2})(?![\\d\\w]|[./-]\\d)", Pattern.CASE_INSENSITIVE);

    /** Every date in the text, left to right, without overlaps (the longer reading wins). */
    public List<Token> find(String text) {
        List<Token> all = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            day(m.group(1), Integer.parseInt(m.group(2)), m.group(3)).ifPresent(
                    d -> all.add(new Token(d, false, m.start(), m.end())));
        }
        Matcher n = NUMERIC.matcher(text);
        while (n.find()) {
            day(year(n.group(4)), Integer.parseInt(n.group(3)), n.group(1)).ifPresent(
                    d -> all.add(new Token(d, false, n.start(), n.end())));
        }
        Matcher w = DAY_MONTH_YEAR.matcher(text);
        while (w.find()) {
            if (capitalised(w.group(2))) {
                day(year(w.group(3)), month(w.group(2)), w.group(1)).ifPresent(
                        d -> all.add(new Token(d, false, w.start(), w.end())));
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            // "may 20 people" is not a month: month names in these forms are capitalised
            if (capitalised(my.group(1))) {
                all.add(new Token(YearMonth.of(Integer.parseInt(year(my.group(2))), month(my.group(1))).toString(),
                        true, my.start(), my.end()));
            }
        }
        all.sort(Comparator.comparingInt(Token::start).thenComparingInt(t -> -(t.end() - t.start())));
        List<Token> out = new ArrayList<>();
        for (Token t : all) {
            if (out.isEmpty() || t.start() >= out.getLast().end()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The date a cell holds ({@code 04-Mar-20}, {@code Dec-20}), or nothing when it holds none. A
     * cell with several dates holds a revised one: the last is the one that stands.
     */
    public Optional<Token> ofCell(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        List<Token> found = find(cell);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    private static final Pattern BARE_DAY_MONTH = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_MONTH_DAY = Pattern.compile(
            "^" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_MONTH = Pattern.compile("^" + MONTH + "\\.?$", Pattern.CASE_INSENSITIVE);
    /** A deadline this long before the reference date is next year's. */
    private static final int PAST_DAYS = 60;

    /**
     * A deadline cell's date: a dated cell as {@link #ofCell} reads it, or a cell that is only a
     * day and month or a month ({@code 30 March}, {@code March 30}, {@code September}), in the year
     * of the reference date (the date the action was raised, or its meeting's) — the next year
     * where that would put it well before the reference. Without a reference such a cell has no date.
     */
    public Optional<Token> deadline(String cell, String referenceIso) {
        return deadline(cell, referenceIso, PAST_DAYS);
    }

    /**
     * As {@link #deadline(String, String)}, a yearless date put in the next year where it would
     * stand more than {@code pastDays} before the reference: 0 for a deadline minutes set at their
     * meeting, which cannot fall before it.
     */
    public Optional<Token> deadline(String cell, String referenceIso, int pastDays) {
        Optional<Token> dated = ofCell(cell);
        return dated.isPresent() ? dated : yearless(cell, referenceIso, pastDays);
    }

    /**
     * A cell that is only a day and month or a month, read in the reference's year (the next where
     * it would stand more than {@code pastDays} before the reference); nothing for any other cell.
     * {@code March 30} is read so, where {@link #ofCell} would read March 2030.
     */
    public Optional<Token> yearless(String cell, String referenceIso, int pastDays) {
        if (cell == null || referenceIso == null || !referenceIso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.empty();
        }
        String s = cell.strip().replaceAll("\\s+", " ");
        LocalDate reference = LocalDate.parse(referenceIso.substring(0, 10));
        Matcher dm = BARE_DAY_MONTH.matcher(s);
        Matcher md = BARE_MONTH_DAY.matcher(s);
        Matcher m = BARE_MONTH.matcher(s);
        try {
            if (dm.matches() && capitalised(dm.group(2)) || md.matches() && capitalised(md.group(1))) {
                int month = month(dm.matches() ? dm.group(2) : md.group(1));
                int day = Integer.parseInt(dm.matches() ? dm.group(1) : md.group(2));
                LocalDate d = LocalDate.of(reference.getYear(), month, day);
                d = d.isBefore(reference.minusDays(pastDays)) ? d.plusYears(1) : d;
                return Optional.of(new Token(d.toString(), false, 0, s.length()));
            }
            if (m.matches() && capitalised(m.group(1))) {
                YearMonth ym = YearMonth.of(reference.getYear(), month(m.group(1)));
                ym = ym.atEndOfMonth().isBefore(reference.minusDays(pastDays)) ? ym.plusYears(1) : ym;
                return Optional.of(new Token(ym.toString(), true, 0, s.length()));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean capitalised(String monthWord) {
        return Character.isUpperCase(monthWord.charAt(0));
    }

    private static int month(String word) {
        return switch (word.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    private static String year(String y) {
        return y.length() == 2 ? "20" + y : y;
    }

    private static Optional<String> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
