package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.attendance.PersonName;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * The key to initials a paper prints for itself: a full name followed by its initials in brackets
 * ({@code Holly Packer (HP)}, {@code Zoe Price-Jones (ZPJ)}), wherever it stands — in an attendees
 * field read as a table cell, in the text where a person is first named, in a list under no
 * attendance label. Minutes that write their actions' owners as initials print this key
 * somewhere, whether or not an attendance list was read; an action's initials resolve through it
 * when no attendance list names them. The bracket counts only when its letters are the initials of
 * the words right before it and those words read as a person's name — not an acronym's
 * expansion ({@code Annual General Meeting (AGM)}, {@code Full Governing Body (FGB)}), whose first
 * word the paper also prints in lower case as a common word, as it does not a first name. The key
 * is consulted after the attendance lists, never before them; initials two different names share
 * in it resolve to no one.
 */
final class PrintedInitials {

    private static final Pattern KEYED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)\\s*\\((\\p{Lu}{2,4}|\\p{Lu}{1,2}-\\p{Lu}{1,2})\\)");

    /** The bracket of {@link #KEYED} alone: a page without one keys no name. */
    private static final Pattern BRACKETED = Pattern.compile("\\((?:\\p{Lu}{2,4}|\\p{Lu}{1,2}-\\p{Lu}{1,2})\\)");

    /** A word in lower case: the paper uses it as a common word. */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{Ll}+(?![\\p{L}'’-])");

    private final Map<String, String> names;

    private PrintedInitials(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    static PrintedInitials none() {
        return new PrintedInitials(Map.of());
    }

    /** The key as the document's lines print it. */
    static PrintedInitials of(ParsedDocument doc) {
        // a page's lines joined: a list of names wraps a name's words onto the next line
        return ofPages(doc.pages().stream()
                .map(page -> String.join(" ", page.lines().stream().map(TextLine::text).toList())).toList());
    }

    /** The key as a page's lines print it, in reading order. */
    static PrintedInitials of(List<String> lines) {
        return ofPages(List.of(String.join(" ", lines)));
    }

    private static PrintedInitials ofPages(List<String> pages) {
        List<String[]> keyed = new ArrayList<>();
        for (String text : pages) {
            // most pages print no bracketed initials at all: only those are scanned for a key
            if (!BRACKETED.matcher(text).find()) {
                continue;
            }
            Matcher m = KEYED.matcher(text);
            while (m.find()) {
                String initials = m.group(2);
                nameOf(m.group(1).strip().split("\\s+"), initials).ifPresent(name -> keyed.add(new String[] {initials, name}));
            }
        }
        if (keyed.isEmpty()) {
            return none();
        }
        // the words the paper prints in lower case, read only once a name is keyed
        Set<String> common = new HashSet<>();
        pages.forEach(text -> LOWER_WORD.matcher(text).results().forEach(w -> common.add(w.group())));
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> clash = new HashSet<>();
        for (String[] key : keyed) {
            String initials = key[0];
            String name = key[1];
            if (common.contains(name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT))) {
                continue;
            }
            String before = found.putIfAbsent(initials, name);
            if (before != null && !before.equals(name)) {
                clash.add(initials);
            }
        }
        clash.forEach(found::remove);
        return new PrintedInitials(found);
    }

    /** The name the paper keys to these initials, if exactly one. */
    Optional<String> name(String initials) {
        return Optional.ofNullable(names.get(initials));
    }

    /**
     * The shortest run of words ending at the bracket whose initials the bracket prints (every
     * word's, or the first and last word's past a middle name) and that reads as a person's name:
     * words before the name ({@code Chair Holly Packer (HP)}) are not part of it, and an
     * organisation keyed to its acronym ({@code Parish Council (PC)}) is no person.
     */
    private static Optional<String> nameOf(String[] words, String initials) {
        String letters = initials.replace("-", "");
        for (int k = 2; k <= words.length; k++) {
            String[] name = Arrays.copyOfRange(words, words.length - k, words.length);
            if (every(name).equals(letters) || k > 2 && firstAndLast(name).equals(letters)) {
                return PersonName.parse(String.join(" ", name)).map(PersonName::name);
            }
        }
        return Optional.empty();
    }

    private static String every(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            for (String piece : w.split("-")) {
                if (!piece.isEmpty()) {
                    sb.append(Character.toUpperCase(piece.charAt(0)));
                }
            }
        }
        return sb.toString();
    }

    private static String firstAndLast(String[] words) {
        return "" + Character.toUpperCase(words[0].charAt(0)) + Character.toUpperCase(words[words.length - 1].charAt(0));
    }
}
