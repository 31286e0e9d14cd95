package org.boardpack.extract.actions;

import java.util.List;

/**
 * Lines of a wrapped text joined with a space, except where a line ends with a word broken at a
 * hyphen ({@code di-} / {@code versity}): the parts stay joined, hyphen and all, for
 * {@link Dehyphenator} to tell a broken word from a compound by the document's own words.
 */
final class WrappedText {

    private WrappedText() {
    }

    static void append(StringBuilder text, String line) {
        String next = line.strip();
        if (next.isEmpty()) {
            return;
        }
        boolean broken = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                && Character.isLetter(text.charAt(text.length() - 2)) && Character.isLowerCase(next.charAt(0));
        if (!text.isEmpty() && !broken) {
            text.append(' ');
        }
        text.append(next);
    }

    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> append(sb, l));
        return sb.toString();
    }
}
