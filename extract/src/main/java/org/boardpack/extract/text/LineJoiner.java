package org.boardpack.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins wrapped lines into running text: one space between lines, layout whitespace collapsed.
 * A line ending in a hyphen after a letter runs on into the next line's first word without a
 * space; the hyphen is kept for a compound ({@code co-} + {@code production}) and dropped for a
 * break ({@code electroni-} + {@code cally}), as {@link LineEndHyphen} tells them apart by the
 * words of the document the lines come from. Without that vocabulary every hyphen before a
 * lower-case word is a break unless its first part is a hyphenating prefix.
 */
public final class LineJoiner {

    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\p{L}\\p{N}]+");
    private static final Pattern LAYOUT_SPACE = Pattern.compile("\\s+");

    private final LineEndHyphen hyphens;

    public LineJoiner() {
        this(Vocabulary.empty());
    }

    public LineJoiner(Vocabulary vocabulary) {
        this.hyphens = new LineEndHyphen(vocabulary);
    }

    /** The same joiner knowing the words of another document. */
    public LineJoiner knowing(Vocabulary vocabulary) {
        return new LineJoiner(vocabulary);
    }

    public String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = LAYOUT_SPACE.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty()) {
                continue;
            }
            // the text so far ends in its last word, which starts after its last space: looking
            // only there keeps a long paragraph's joining linear, not quadratic
            Matcher head = LAST_WORD.matcher(sb).region(sb.lastIndexOf(" ") + 1, sb.length());
            Matcher tail = FIRST_WORD.matcher(line);
            if (head.find() && tail.find()) {
                if (!hyphens.keeps(head.group(1), tail.group())) {
                    sb.setLength(sb.length() - 1);
                }
            } else if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(line);
        }
        return sb.toString();
    }
}
