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
    /** {@code ACR (Long Name)} */
    private static final Pattern BRACKETED_EXPANSION =
            Pattern.compile("(?<![\\p{L}\\p{N}&])([A-Z][A-Za-z&]{1,9})\\s*\\(([^()\\n|]{3,120})\\)");
    /** {@code Long Name - ACR}, with a hyphen or a dash */
    private static final Pattern DASHED_ACRONYM = Pattern.compile("\\s[-–—]\\s*([A-Z][A-Za-z&]{1,9})(?![\\p{L}\\p{N}&])");
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

    /** The acronym definitions in the text, each once, in the order they appear. */
    List<AcronymPair> find(String text) {
        Set<AcronymPair> found = new LinkedHashSet<>();
        Matcher m = BRACKETED_ACRONYM.matcher(text);
        while (m.find()) {
            before(text, m.start(), m.group(1)).ifPresent(found::add);
        }
        m = DASHED_ACRONYM.matcher(text);
        while (m.find()) {
            before(text, m.start(), m.group(1)).ifPresent(found::add);
        }
        m = BRACKETED_EXPANSION.matcher(text);
        while (m.find()) {
            whole(m.group(1), m.group(2)).ifPresent(found::add);
        }
        m = GLOSSARY_ROW.matcher(text);
        while (m.find()) {
            whole(m.group(1), m.group(2)).ifPresent(found::add);
        }
        return List.copyOf(found);
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
