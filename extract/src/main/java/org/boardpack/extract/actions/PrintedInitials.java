package org.boardpack.extract.actions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.attendance.PersonName;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;

/**
 * The key to initials a paper prints for itself: a full name followed by its initials in brackets
 * ({@code Holly Packer (HP)}, {@code Zoe Price-Jones (ZPJ)}), wherever it stands — in an attendees
 * field read as a table cell, in the text where a person is first named, in a list under no
 * attendance label. Minutes that write their actions' owners as initials print this key
 * somewhere, whether or not an attendance list was read; an action's initials resolve through it
 * when no attendance list names them. The bracket counts only when its letters are the initials of
 * the words right before it and those words read as a person's name. The key is consulted after
 * the attendance lists, never before them; initials two different names share in it resolve to
 * no one.
 */
final class PrintedInitials {

    private static final Pattern KEYED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)\\s*\\((\\p{Lu}{2,4}|\\p{Lu}{1,2}-\\p{Lu}{1,2})\\)");

    private final Map<String, String> names;

    private PrintedInitials(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    static PrintedInitials none() {
        return new PrintedInitials(Map.of());
    }

    /** The key as the document's lines print it. */
    static PrintedInitials of(ParsedDocument doc) {
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Page page : doc.pages()) {
            // a page's lines joined: a list of names wraps a name's words onto the next line
            read(String.join(" ", page.lines().stream().map(TextLine::text).toList()), found, clash);
        }
        clash.forEach((initials, twice) -> found.remove(initials));
        return new PrintedInitials(found);
    }

    /** The key as a page's lines print it, in reading order. */
    static PrintedInitials of(List<String> lines) {
        Map<String, String> found = new LinkedHashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        read(String.join(" ", lines), found, clash);
        clash.forEach((initials, twice) -> found.remove(initials));
        return new PrintedInitials(found);
    }

    /** The name the paper keys to these initials, if exactly one. */
    Optional<String> name(String initials) {
        return Optional.ofNullable(names.get(initials));
    }

    private static void read(String text, Map<String, String> found, Map<String, Boolean> clash) {
        Matcher m = KEYED.matcher(text);
        while (m.find()) {
            String initials = m.group(2);
            nameOf(m.group(1).strip().split("\\s+"), initials).ifPresent(name -> {
                String before = found.putIfAbsent(initials, name);
                if (before != null && !before.equals(name)) {
                    clash.put(initials, true);
                }
            });
        }
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
