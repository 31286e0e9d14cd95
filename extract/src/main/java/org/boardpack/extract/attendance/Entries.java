package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a printed list of people into its entries: at commas, semicolons, line breaks
 * ({@code \n}), "and"/"&amp;", full stops that end a word (not an initial's {@code D.} or an
 * honorific's {@code Messrs.}), and after a closing bracket that a new name follows
 * ({@code Haidy Blake (Chairman) Gary O'Leary}); never inside brackets
 * ({@code (Director of Finance and IT)}) nor at an "and" in a dash-attached role. Each entry keeps
 * the separator printed before it, for role text that runs on over it.
 */
final class Entries {

    /** A dash-attached role ({@code Mrs K Allen – Head of Children and Maternity}): "and" inside it joins no people. */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s[–—-]\\s");

    private Entries() {
    }

    static List<PeopleList.Entry> split(String text) {
        List<PeopleList.Entry> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String[] sep = {""};
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0) {
                if (c == ',' || c == ';' || c == '\n') {
                    add(out, cur, sep, c == '\n' ? "\n" : c + " ");
                    continue;
                }
                if (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && endsWord(cur)) {
                    add(out, cur, sep, ". ");
                    continue;
                }
                if (c == ')' && i + 2 < n && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                    cur.append(c);
                    add(out, cur, sep, " ");
                    continue;
                }
                if (c == ' ' && (text.startsWith(" and ", i) || text.startsWith(" & ", i)) && !DASH.matcher(cur).find()) {
                    String word = text.charAt(i + 1) == '&' ? " & " : " and ";
                    add(out, cur, sep, word);
                    i += word.length() - 2;
                    continue;
                }
            }
            cur.append(c);
        }
        add(out, cur, sep, "");
        return out;
    }

    /** Whether the text so far ends in a word a full stop ends (two letters or more, not an honorific). */
    private static boolean endsWord(StringBuilder cur) {
        int end = cur.length();
        int start = end;
        while (start > 0 && Character.isLetter(cur.charAt(start - 1))) {
            start--;
        }
        String word = cur.substring(start, end);
        return word.length() >= 2 && !PersonName.isHonorific(word) && !word.equals("St");
    }

    /** Ends the entry being built; {@code sep[0]} is the separator printed before it, {@code next} the one after. */
    private static void add(List<PeopleList.Entry> out, StringBuilder cur, String[] sep, String next) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(new PeopleList.Entry(s, sep[0]));
            sep[0] = next;
        } else if (sep[0].isEmpty() || !next.isBlank()) {
            sep[0] = next;
        }
        cur.setLength(0);
    }
}
