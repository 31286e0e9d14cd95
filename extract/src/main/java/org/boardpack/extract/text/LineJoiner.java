package org.boardpack.extract.text;

import java.util.List;

/**
 * Joins wrapped lines into running text: one space between lines, layout whitespace collapsed,
 * and a line-end hyphen kept with the next word attached when that word continues in lower case
 * ({@code co-} + {@code production} → {@code co-production}), since without a dictionary a
 * compound's hyphen cannot be told from a break's.
 */
public final class LineJoiner {

    public String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = raw.replaceAll("\\s+", " ").strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean hyphenBreak = sb.length() > 1 && sb.charAt(sb.length() - 1) == '-'
                    && Character.isLetter(sb.charAt(sb.length() - 2)) && Character.isLowerCase(line.charAt(0));
            if (!sb.isEmpty() && !hyphenBreak) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
