package org.boardpack.extract.attendance;

import java.util.regex.Pattern;

/**
 * Whether bracketed capitals are a person's initials ({@code Holly Packer (HP)},
 * {@code Martin Carter-Shaw (MC-S)}, {@code Philip Macready (PMA)}) rather than an organisation
 * ({@code Ian Reckless (MKUH)}): they begin with the first name's initial and hold the surname's.
 */
final class Initials {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z]{0,3}(-[A-Z][A-Za-z]?)?");

    private Initials() {
    }

    static boolean spell(String code, PersonName person) {
        if (!CODE.matcher(code).matches() || code.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        String[] words = person.name().split("[\\s-]+");
        char first = Character.toUpperCase(words[0].charAt(0));
        char last = Character.toUpperCase(words[words.length - 1].charAt(0));
        return code.charAt(0) == first && code.substring(1).toUpperCase().indexOf(last) >= 0;
    }
}
