package org.boardpack.extract.attendance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;

/**
 * The words an attendance list is read by, from their vocabularies: office titles that stand
 * before or after a name ({@code attendance-roles}), plural honorifics printed once for a group
 * ({@code honorific-plurals}), reasons for absence ({@code apology-reasons}) and the capacity
 * a person sits in ({@code attendance-capacities}).
 */
final class ListWords {

    /** An office title at the start of a list entry, singular or plural, then the rest. */
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "^(" + Lexicon.alternation("attendance-roles") + ")(s)?\\s+(?=\\p{Lu})(.+)$");
    private static final Set<String> ROLES = lower(Lexicon.words("attendance-roles"));
    private static final Map<String, String> PLURALS = new HashMap<>();
    private static final Pattern PLURAL_PREFIX;
    private static final Set<String> REASONS = lower(Lexicon.words("apology-reasons"));
    private static final Pattern CAPACITY = Pattern.compile(
            "(?i)^(?:" + Lexicon.alternation("attendance-capacities") + ")\\b");

    static {
        StringBuilder alt = new StringBuilder();
        for (String line : Lexicon.words("honorific-plurals")) {
            String[] parts = line.split("=");
            String plural = parts[0].strip();
            PLURALS.put(plural.toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : plural);
            alt.append(alt.isEmpty() ? "" : "|").append(Pattern.quote(plural).replace(" ", "\\E\\s+\\Q"));
        }
        PLURAL_PREFIX = Pattern.compile("^(" + alt + ")\\.?\\s+(?=\\p{Lu})(.+)$");
    }

    private ListWords() {
    }

    /** A title before a name: {@code Commissioners Johnson} is role Commissioner, for the group. */
    record Prefix(String title, boolean plural, String rest) {
    }

    static Optional<Prefix> rolePrefix(String entry) {
        Matcher m = ROLE_PREFIX.matcher(entry);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Prefix(m.group(1), m.group(2) != null, m.group(3)));
    }

    /** A plural honorific before a group: {@code Cllrs Edwards} gives Cllr (the singular) and the rest. */
    static Optional<Prefix> pluralHonorific(String entry) {
        Matcher m = PLURAL_PREFIX.matcher(entry);
        if (!m.matches()) {
            return Optional.empty();
        }
        String printed = m.group(1).replaceAll("\\s+", " ");
        return Optional.of(new Prefix(PLURALS.get(printed.toLowerCase(Locale.ROOT)), true, m.group(2)));
    }

    /** Whether the text is an office title alone ({@code President}, {@code clerk}, {@code Board Members}). */
    static boolean isRole(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return ROLES.contains(t) || (t.endsWith("s") && ROLES.contains(t.substring(0, t.length() - 1)));
    }

    /** Whether the text starts with an office title ({@code chairman}, {@code Clerk to the Council}). */
    static boolean startsWithRole(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (String r : ROLES) {
            if (t.equals(r) || t.startsWith(r + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is a reason for absence ({@code illness}, {@code Away}), not a role. */
    static boolean isReason(String text) {
        return REASONS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether bracketed text says in what capacity the person sits ({@code substituting for Cllr T
     * Grant}, {@code representing Healthwatch}): their role, though it opens in lower case.
     */
    static boolean givesCapacity(String text) {
        String t = text.strip();
        // "(for Councillor Peter Briggs)": sitting for a named member, a substitute's capacity
        return CAPACITY.matcher(t).find()
                || t.regionMatches(true, 0, "for ", 0, 4) && PersonName.startsWithHonorific(t.substring(4).strip());
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return out;
    }
}
