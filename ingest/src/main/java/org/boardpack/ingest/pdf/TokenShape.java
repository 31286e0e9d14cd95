package org.boardpack.ingest.pdf;

import java.util.regex.Pattern;

/**
 * What one word of a page's text looks like, for the garbled-text check: a word of letters (of any
 * script), a number or date, a code mixing letters and digits, punctuation alone, or junk (symbols
 * and letters run together, control or private-use characters). Judged on the word with its
 * surrounding brackets, quotes and sentence punctuation taken off.
 */
enum TokenShape {
    /** Letters of any script, with the joiners words have inside: co-op, O'Neil, e.g., and/or, AT&T. */
    WORD,
    /** Digits with the separators of amounts, dates and times, a currency before, a unit or % after: £1,250.00, 18/03/2014, 7.30pm, 25th. */
    NUMBER,
    /** Letters and digits in one code: Q3, SW1A, COVID-19, B12a, 14/037, an e-mail or web address. */
    CODE,
    /** Nothing but punctuation: a dash, a bullet, a leader. Neither readable nor junk. */
    PUNCTUATION,
    /** None of these. */
    JUNK;

    private static final String OPENERS = "([{\"'‘“«‹¡¿•·*";
    private static final String CLOSERS = ")]}\"'’”»›.,;:!?…*";

    private static final Pattern WORD_SHAPE = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’.&/][\\p{L}\\p{M}]+)*\\.?");
    private static final Pattern NUMBER_SHAPE = Pattern.compile(
            "[£$€¥#]?[-+−]?\\d+(?:[.,:/\\-–]\\d+)*(?:\\p{L}{1,3}|%)?");
    private static final Pattern CODE_SHAPE = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-/._][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern ADDRESS_SHAPE = Pattern.compile(
            "(?i)(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

    static TokenShape of(String token) {
        String core = core(token);
        if (core.isEmpty()) {
            return PUNCTUATION;
        }
        // most words are letters alone: no pattern needed
        if (allLetters(core) || WORD_SHAPE.matcher(core).matches()) {
            return WORD;
        }
        if (NUMBER_SHAPE.matcher(core).matches()) {
            return NUMBER;
        }
        if (CODE_SHAPE.matcher(core).matches() || ADDRESS_SHAPE.matcher(core).matches()) {
            return CODE;
        }
        return onlyPunctuation(core) ? PUNCTUATION : JUNK;
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** The token without the brackets, quotes and sentence punctuation around it. */
    static String core(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && OPENERS.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && CLOSERS.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    /**
     * A lone mark (a dash, an ampersand, a currency sign standing apart) or a run of dashes, rules
     * and leaders; never a control or private-use character.
     */
    private static boolean onlyPunctuation(String s) {
        if (s.codePointCount(0, s.length()) == 1) {
            return punctuationOrSymbol(Character.getType(s.codePointAt(0)));
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean rule = type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
                    || ".…|/=~•·".indexOf(cp) >= 0;
            if (!rule) {
                return false;
            }
        }
        return true;
    }

    private static boolean punctuationOrSymbol(int type) {
        return switch (type) {
            case Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    boolean readable() {
        return this == WORD || this == NUMBER || this == CODE;
    }
}
