package org.boardpack.extract.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The item number a line of an agenda or of minutes opens with, as printed: a whole number
 * ({@code 12.}, {@code 12)}, {@code 12:}, {@code Item 12}), one with a letter ({@code 4A:},
 * {@code 5-A}, {@code 12a}), a dotted sub-number ({@code 44.1}, {@code 17.1.}, {@code 108.2.1}),
 * a letter ({@code (a)}, {@code a)}, {@code b.}, {@code A.}), or a committee's minute reference
 * ({@code HWB/16/4.}, {@code FGB 98/2122}, {@code AGM-2006/1}, an NHS board's {@code TB24/01} with
 * its letters set close to the year), or a parish council's year/sequence
 * minute number without letters ({@code 23/01}, {@code 045/23}, {@code 2023/14}). A bracketed agenda number after
 * the minute number ({@code 42. (Agenda 1) APOLOGIES}) is read with it. An asterisk before the
 * number (consent items marked {@code *A.}) is not part of it.
 *
 * @param printed the number without the punctuation that closes it ({@code 100}, {@code 4A},
 *                {@code 44.1}, {@code a}, {@code FGB 98/2122})
 * @param level   whole number, dotted sub-number, letter or minute reference
 * @param major   the whole number it starts with (the {@code 44} of {@code 44.1}); -1 for letters
 * @param agenda  the agenda number printed in brackets beside a minute number, else {@code null}
 * @param head    the number as printed with its label and punctuation ({@code Item 3:}, {@code 42. (Agenda 1)})
 * @param rest    the text after the number (and after the bracketed agenda number)
 */
public record ItemNumber(String printed, Level level, int major, String agenda, String head, String rest) {

    /** {@code SEQUENCE}: a year and a running number, {@code 23/01}; which part counts up is the paper's to show. */
    public enum Level { WHOLE, SUB, LETTER, REFERENCE, SEQUENCE }

    private static final String LABEL = Lexicon.alternation("agenda-item-labels");
    private static final Pattern WHOLE = Pattern.compile(
            "^(?:(?i:" + LABEL + ")\\s+)?\\*?(\\d{1,3})(?:-?([A-Za-z]))?(?:[.):]|\\.\\))?(?=\\s|$)");
    private static final Pattern SUB = Pattern.compile("^\\*?(\\d{1,3}(?:\\.\\d{1,2}){1,3}[a-z]?)\\.?(?=\\s|$)");
    private static final Pattern LETTER = Pattern.compile("^\\*?(?:\\(([a-zA-Z])\\s?\\)|([a-zA-Z])\\)|([a-zA-Z])\\.(?=\\s))");
    private static final Pattern REFERENCE = Pattern.compile(
            "^([A-Z][A-Za-z&]{0,11}(?:/\\d{1,4}){2,3}|[A-Z][A-Z&]{0,11}[ -]\\d{1,4}(?:/\\d{1,4}){1,2}"
                    + "|[A-Z][A-Za-z&]{0,11}[A-Z]\\d{2,4}/\\d{1,4})[.:]?(?=\\s|$)");
    /** Two groups of two to four figures: not a fraction ({@code 1/2}), not a date ({@code 12/06/2023}). */
    private static final Pattern SEQUENCE = Pattern.compile("^(\\d{2,4})/(\\d{2,4})[.:]?(?=\\s|$)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern AGENDA_IN_BRACKETS = Pattern.compile("^\\((?i:" + LABEL + ")\\s+(\\d{1,3}[a-zA-Z]?)\\)\\s*");

    /** The number a line's text opens with, if it opens with one. */
    public static Optional<ItemNumber> parse(String text) {
        String t = text.strip();
        Matcher m = REFERENCE.matcher(t);
        if (m.find()) {
            return Optional.of(with(m.group(1), Level.REFERENCE, majorOf(m.group(1)), t, m.end()));
        }
        m = SEQUENCE.matcher(t);
        if (m.find()) {
            String n = m.group(1) + "/" + m.group(2);
            return Optional.of(with(n, Level.SEQUENCE, sequenceGuess(m.group(1), m.group(2)), t, m.end()));
        }
        m = SUB.matcher(t);
        if (m.find()) {
            String n = m.group(1);
            return Optional.of(with(n, Level.SUB, Integer.parseInt(n.substring(0, n.indexOf('.'))), t, m.end()));
        }
        m = WHOLE.matcher(t);
        if (m.find()) {
            String letter = m.group(2);
            String printed = m.group(1) + (letter == null ? "" : t.substring(m.end(1), m.end(2)));
            return Optional.of(with(printed, Level.WHOLE, Integer.parseInt(m.group(1)), t, m.end()));
        }
        m = LETTER.matcher(t);
        if (m.find()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return Optional.of(with(letter, Level.LETTER, -1, t, m.end()));
        }
        return Optional.empty();
    }

    private static ItemNumber with(String printed, Level level, int major, String text, int end) {
        String rest = text.substring(end).strip();
        String agenda = null;
        Matcher a = AGENDA_IN_BRACKETS.matcher(rest);
        if (a.find()) {
            agenda = a.group(1);
            rest = rest.substring(a.end()).strip();
        }
        String head = text.substring(0, text.length() - rest.length()).strip();
        return new ItemNumber(printed, level, major, agenda, head, rest);
    }

    /**
     * The item's own number in a reference: the number after the letters and a space
     * ({@code FGB 98/2122}: 98 of session 2122), else the last one ({@code HWB/16/4},
     * {@code AGM-2006/1}: year, then item).
     */
    private static int majorOf(String reference) {
        Matcher m = DIGITS.matcher(reference);
        int first = -1;
        int last = -1;
        while (m.find()) {
            int value = Integer.parseInt(m.group());
            first = first < 0 ? value : first;
            last = value;
        }
        return reference.matches("^[A-Z&]+ \\d.*") ? first : last;
    }

    /**
     * The running part of a year/sequence number read alone: the part that is not a four-figure
     * year ({@code 2023/14}), a three-figure first part ({@code 045/23}), else the second
     * ({@code 23/01}); the paper's headings settle it ({@link #sequenceParts}, {@link #withMajor}).
     */
    private static int sequenceGuess(String first, String second) {
        if (YEAR.matcher(first).matches() || first.length() < 3 && !YEAR.matcher(second).matches()) {
            return Integer.parseInt(second);
        }
        return Integer.parseInt(first);
    }

    /** The two figures of a year/sequence number ({@code 23/01}: 23 and 1), else {@code null}. */
    public int[] sequenceParts() {
        if (level != Level.SEQUENCE) {
            return null;
        }
        int slash = printed.indexOf('/');
        return new int[] {Integer.parseInt(printed.substring(0, slash)), Integer.parseInt(printed.substring(slash + 1))};
    }

    /** This number with its own (counting) part set. */
    public ItemNumber withMajor(int own) {
        return new ItemNumber(printed, level, own, agenda, head, rest);
    }

    /** Whether this number is {@code parent}'s own sub-number ({@code 44.1} under {@code 44}). */
    public boolean isSubOf(String parent) {
        return parent != null && printed.startsWith(parent + ".") && printed.length() > parent.length() + 1;
    }
}
