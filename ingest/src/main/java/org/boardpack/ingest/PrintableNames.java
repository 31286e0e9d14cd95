package org.boardpack.ingest;

/**
 * File names as a log line or a terminal may show them: a name may hold any character but {@code /}
 * and NUL, and a newline, a carriage return, an escape sequence or a right-to-left override in
 * one would forge or hide log lines. Such characters are written as escapes ({@code \n},
 * {@code \t}, {@code \u001b}); every other character is kept, so names in any script read as they are.
 */
public final class PrintableNames {

    private PrintableNames() {
    }

    public static String of(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? name : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        int type = Character.getType(c);
        // controls, and format characters (bidi overrides, zero-width joiners) that change how a line reads
        boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        return hidden ? String.format("\\u%04x", (int) c) : null;
    }
}
