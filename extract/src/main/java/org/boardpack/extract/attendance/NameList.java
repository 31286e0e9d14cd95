package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A comma-separated list of people as written in a key-value header or a sentence:
 * {@code Callum Rawcliffe (CR), Dr Edward Sowerby (ES), Priya Fenwick (Treasurer)}. Brackets
 * hold either the person's initials (when they spell the name: {@code MC-S} for Martin Carter-Shaw)
 * or a role; commas inside brackets do not split.
 */
final class NameList {

    /** "and" or "&" between two people, not inside brackets ({@code (Director of Finance and IT)}). */
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+(?![^()]*\\))");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z]{0,3}(-[A-Z][A-Za-z]?)?");

    /** One listed person: name, and what the brackets said (initials or role). */
    record Listed(PersonName person, String role, String initials) {
    }

    private NameList() {
    }

    /**
     * Whether the text is a list of several people rather than one entry: at least two of its
     * comma-separated parts, and most of them, are people ({@code Mr A Cottrell – Head of Service,
     * Partnerships} is one person with a role).
     */
    static boolean isList(String text) {
        List<String> parts = split(text);
        long people = parts.stream().filter(p -> entry(p).isPresent()).count();
        return people >= 2 && people * 2 >= parts.size();
    }

    static List<Listed> parse(String text) {
        List<Listed> out = new ArrayList<>();
        for (String part : split(text)) {
            entry(part).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A list as prose writes it, the last name joined by "and" ({@code Cllr A Smith, Dr B Jones and
     * Ms C Brown}): parts that are not people (a trailing clause) are left out.
     */
    static List<Listed> parseProse(String text) {
        List<Listed> out = new ArrayList<>();
        for (String part : split(text)) {
            for (String person : AND.split(part)) {
                entry(person).ifPresent(out::add);
            }
        }
        return out;
    }

    static Optional<Listed> entry(String part) {
        String s = part.strip().replaceAll("\\s+", " ").replaceFirst("^(and|&)\\s+", "");
        String bracket = null;
        int open = s.indexOf('(');
        if (open > 0) {
            int close = s.lastIndexOf(')');
            bracket = (close > open ? s.substring(open + 1, close) : s.substring(open + 1)).strip();
            s = s.substring(0, open).strip();
        }
        Optional<PersonName> person = PersonName.parse(s);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        if (bracket != null && spellsInitials(bracket, person.get())) {
            return Optional.of(new Listed(person.get(), null, bracket));
        }
        return Optional.of(new Listed(person.get(), bracket == null || bracket.isEmpty() ? null : bracket, null));
    }

    /**
     * Bracketed capitals are initials when they begin with the first name's initial and hold the
     * surname's ({@code MKUH} after Ian Reckless is an organisation; {@code PMA} after Philip
     * Macready is initials).
     */
    static boolean spellsInitials(String code, PersonName person) {
        if (!CODE.matcher(code).matches() || code.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        String[] words = person.name().split("[\\s-]+");
        char first = Character.toUpperCase(words[0].charAt(0));
        char last = Character.toUpperCase(words[words.length - 1].charAt(0));
        return code.charAt(0) == first && code.substring(1).toUpperCase().indexOf(last) >= 0;
    }

    /** Splits on commas and semicolons outside brackets. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                add(parts, cur);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(parts, cur);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder s) {
        String p = s.toString().strip();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
