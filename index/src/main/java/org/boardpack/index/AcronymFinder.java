package org.boardpack.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the acronyms a text defines, in the ways board papers define them: {@code Primary Care
 * Network (PCN)}, {@code IPC (Infection Prevention and Control)}, {@code Bedford Borough Council –
 * BBC}, and glossary rows ({@code CCG | Clinical Commissioning Group}, {@code CCG: …}). A pair is
 * kept only when the acronym's letters spell the expansion ({@link AcronymSpelling}), so
 * {@code the Ockenden Report (2020)} or {@code (see graph below)} are not definitions. A pure
 * function of the text.
 */
final class AcronymFinder {

    /** {@code Long Name (ACR)} */
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\(\\s*([A-Z][A-Za-z&]{1,9})\\s*\\)");
    /** A glossary row: the acronym first on its line, then a cell, a colon, a tab or a dash, then the meaning. */
    private static final Pattern GLOSSARY_ROW =
            Pattern.compile("(?m)^[ \\t]*([A-Z][A-Za-z&]{1,9})[ \\t]*(?:\\||:|\\t|[-–—=])[ \\t]*([^|\\n]{3,120})");
    /** Where the words before an acronym stop: an expansion never runs across these. */
    private static final Pattern LEFT_STOP = Pattern.compile("[()\\[\\].;:|!?•]");
    /** An expansion has at most this many words before its acronym. */
    private static final int MAX_WORDS = 12;
    private static final int LEFT_CHARS = 160;

    /**
     * Words that follow a name without being spelt by its acronym ({@code Central & North West
     * London Trust - CNWL}): dropped from the end of an expansion that does not spell otherwise.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("trust", "council", "board", "group", "service",
            "services", "hospital", "partnership", "programme", "committee", "team", "network", "ft");
    /** Initials after a person's name are not an acronym of the name ({@code Dr Edward Sowerby (ES)}). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor",
            "cllr", "councillor", "revd", "rev", "mayor", "sir", "dame", "lord", "lady");

    /**
     * The acronym definitions in the text, each once, in the order they appear. Only the first
     * form is a regular expression; the others scan from the character that anchors them (a
     * bracket, a dash, a line start) for the same matches their patterns above give, because
     * patterns that may start at any capital cost a twentieth of the whole ingest.
     */
    List<AcronymPair> find(String text) {
        Set<AcronymPair> found = new LinkedHashSet<>();
        Matcher m = BRACKETED_ACRONYM.matcher(text);
        while (m.find()) {
            before(text, m.start(), m.group(1)).ifPresent(found::add);
        }
        for (Match d : dashedAcronyms(text)) {
            before(text, d.start(), d.acronym()).ifPresent(found::add);
        }
        for (Match b : bracketedExpansions(text)) {
            whole(b.acronym(), b.expansion()).ifPresent(found::add);
        }
        for (Match g : glossaryRows(text)) {
            whole(g.acronym(), g.expansion()).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** Where a form matched: its start, the acronym, and the expansion when the form gives it whole. */
    record Match(int start, String acronym, String expansion) {
    }

    /**
     * {@code Long Name - ACR}, with a hyphen or a dash: the matches of
     * {@code \\s[-–—]\\s*([A-Z][A-Za-z&]{1,9})(?![\\p{L}\\p{N}&])}, found from each dash.
     */
    static List<Match> dashedAcronyms(String text) {
        List<Match> out = new ArrayList<>();
        int end = 0;
        for (int d = 1; d < text.length(); d++) {
            char c = text.charAt(d);
            if ((c != '-' && c != '–' && c != '—') || d - 1 < end || !isSpace(text.charAt(d - 1))) {
                continue;
            }
            int from = d + 1;
            while (from < text.length() && isSpace(text.charAt(from))) {
                from++;
            }
            int to = asciiWordEnd(text, from);
            if (isAcronymRun(text, from, to) && !continuesWord(text, to)) {
                out.add(new Match(d - 1, text.substring(from, to), null));
                end = to;
            }
        }
        return out;
    }

    /**
     * {@code ACR (Long Name)}: the matches of
     * {@code (?<![\\p{L}\\p{N}&])([A-Z][A-Za-z&]{1,9})\\s*\\(([^()\\n|]{3,120})\\)}, found from each
     * opening bracket.
     */
    static List<Match> bracketedExpansions(String text) {
        List<Match> out = new ArrayList<>();
        int end = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int to = open;
            while (to > 0 && isSpace(text.charAt(to - 1))) {
                to--;
            }
            int from = to;
            while (from > 0 && isAsciiWordChar(text.charAt(from - 1))) {
                from--;
            }
            if (from < end || !isAcronymRun(text, from, to) || (from > 0 && continuesWord(text.substring(from - 1, from), 0))) {
                continue;
            }
            int close = open + 1;
            while (close < text.length() && close - open <= 241 && "()\n|".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            // counted as the pattern counts, in code points
            int length = text.codePointCount(open + 1, close);
            if (close < text.length() && text.charAt(close) == ')' && length >= 3 && length <= 120) {
                out.add(new Match(from, text.substring(from, to), text.substring(open + 1, close)));
                end = close + 1;
            }
        }
        return out;
    }

    /** {@link #GLOSSARY_ROW}'s matches, tried at each line start whose first letter is a capital. */
    static List<Match> glossaryRows(String text) {
        List<Match> out = new ArrayList<>();
        Matcher row = GLOSSARY_ROW.matcher(text);
        int end = 0;
        for (int start = 0; start < text.length(); start = nextLineStart(text, start)) {
            if (start < end) {
                continue;
            }
            int first = start;
            while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
                first++;
            }
            if (first == text.length() || text.charAt(first) < 'A' || text.charAt(first) > 'Z') {
                continue;
            }
            row.region(start, text.length());
            if (row.lookingAt()) {
                out.add(new Match(start, row.group(1), row.group(2)));
                end = row.end();
            }
        }
        return out;
    }

    /** Where the line after the one holding {@code from} starts: after \n, \r\n, \r, U+0085, U+2028 or U+2029. */
    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '&';
    }

    private static int asciiWordEnd(String text, int from) {
        int to = from;
        while (to < text.length() && isAsciiWordChar(text.charAt(to))) {
            to++;
        }
        return to;
    }

    /** {@code [A-Z][A-Za-z&]{1,9}} exactly. */
    private static boolean isAcronymRun(String text, int from, int to) {
        int length = to - from;
        return length >= 2 && length <= 10 && text.charAt(from) >= 'A' && text.charAt(from) <= 'Z';
    }

    /**
     * Whether the character at {@code at} is {@code [\\p{L}\\p{N}&]}, so a word runs on through it.
     * Read as the patterns read it: a whole code point forwards, one char backwards.
     */
    private static boolean continuesWord(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        int cp = Character.codePointAt(text, at);
        if (cp == '&' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The shortest run of words ending just before {@code end} that the acronym spells. */
    private static Optional<AcronymPair> before(String text, int end, String acronym) {
        if (!AcronymSpelling.isAcronym(acronym)) {
            return Optional.empty();
        }
        String left = text.substring(Math.max(0, end - LEFT_CHARS), end);
        Matcher stop = LEFT_STOP.matcher(left);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        List<String> words = AcronymSpelling.words(left.substring(from));
        Optional<AcronymPair> pair = shortestEndingAt(acronym, words, words.size());
        if (pair.isEmpty() && !words.isEmpty()
                && ORGANISATION_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            pair = shortestEndingAt(acronym, words, words.size() - 1);
        }
        return pair;
    }

    private static Optional<AcronymPair> shortestEndingAt(String acronym, List<String> words, int end) {
        for (int start = end - 1; start >= Math.max(0, end - MAX_WORDS); start--) {
            List<String> run = words.subList(start, end);
            if (AcronymSpelling.isLittle(run.get(0))) {
                continue;
            }
            if (AcronymSpelling.spells(acronym, run)) {
                boolean person = start > 0 && HONORIFICS.contains(words.get(start - 1).toLowerCase(Locale.ROOT));
                return person ? Optional.empty()
                        : Optional.of(new AcronymPair(acronym, String.join(" ", run)));
            }
        }
        return Optional.empty();
    }

    /** An expansion given whole (in brackets after the acronym, or in a glossary row): all its words spelt. */
    private static Optional<AcronymPair> whole(String acronym, String expansion) {
        if (!AcronymSpelling.isAcronym(acronym)) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(AcronymSpelling.words(expansion));
        while (!words.isEmpty() && AcronymSpelling.isLittle(words.get(0))) {
            words.remove(0);
        }
        if (words.isEmpty() || !AcronymSpelling.spells(acronym, words)) {
            return Optional.empty();
        }
        return Optional.of(new AcronymPair(acronym, String.join(" ", words)));
    }
}
