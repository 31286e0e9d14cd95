package org.boardpack.extract.attendance;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a printed list of people into its entries: at commas, semicolons, line breaks
 * ({@code \n}), "and"/"&amp;", full stops that end a word (not an initial's {@code D.} or an
 * honorific's {@code Messrs.}), and after a closing bracket that a new name follows
 * ({@code Haidy Blake (Chairman) Gary O'Leary}); never inside brackets
 * ({@code (Director of Finance and IT)}).
 */
final class Entries {

    private Entries() {
    }

    static List<PeopleList.Entry> split(String text) {
        List<PeopleList.Entry> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
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
                    add(out, cur);
                    continue;
                }
                if (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))) && endsWord(cur)) {
                    add(out, cur);
                    continue;
                }
                if (c == ')' && i + 2 < n && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                    cur.append(c);
                    add(out, cur);
                    continue;
                }
                if (c == ' ' && (text.startsWith(" and ", i) || text.startsWith(" & ", i))) {
                    add(out, cur);
                    i += text.charAt(i + 1) == '&' ? 2 : 4;
                    continue;
                }
            }
            cur.append(c);
        }
        add(out, cur);
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

    private static void add(List<PeopleList.Entry> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(new PeopleList.Entry(s));
        }
        cur.setLength(0);
    }
}
