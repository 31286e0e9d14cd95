package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping measured with the font's own metrics, optionally hyphenating long words. */
public final class TextWrap {

    private TextWrap() {
    }

    public static float width(String text, Style style) {
        return style.width(text);
    }

    /** Lines of {@code text} no wider than {@code width}; a word wider than that gets a line of its own. */
    public static List<String> wrap(String text, Style style, float width) {
        return wrap(text, style, width, false);
    }

    /**
     * As {@link #wrap(String, Style, float)}; with {@code hyphenate}, a word that does not fit is
     * split at the longest {@link Hyphenator} break whose first part and hyphen still fit, as word
     * processors do when automatic hyphenation is on.
     */
    public static List<String> wrap(String text, Style style, float width, boolean hyphenate) {
        return lines(text, style, width, hyphenate).stream().map(Line::text).toList();
    }

    /**
     * The text as a reader transcribes it from the printed lines: lines joined with a space, but a
     * word broken with a hyphen at a line end joined without one ({@code perfor-mance}), since the
     * hyphen is printed and the break is not. Runs of spaces print as one.
     */
    public static String printed(String text, Style style, float width, boolean hyphenate) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(text, style, width, hyphenate)) {
            out.append(line.text());
            if (!line.hyphenated()) {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** A printed line; {@code hyphenated} when it ends in a word broken by {@link Hyphenator}. */
    private record Line(String text, boolean hyphenated) {
    }

    private static List<Line> lines(String text, Style style, float width, boolean hyphenate) {
        List<Line> lines = new ArrayList<>();
        if (text.isBlank()) {
            lines.add(new Line("", false));
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || width(candidate, style) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            String rest = word;
            boolean broken = false;
            if (hyphenate) {
                String head = hyphenHead(line.toString(), word, style, width);
                if (head != null) {
                    line.append(' ').append(head).append('-');
                    rest = word.substring(head.length());
                    broken = true;
                }
            }
            lines.add(new Line(line.toString(), broken));
            line.setLength(0);
            line.append(rest);
        }
        lines.add(new Line(line.toString(), false));
        return lines;
    }

    private static String hyphenHead(String line, String word, Style style, float width) {
        // trailing punctuation stays with the second half
        String letters = word.replaceAll("[.,;:]+$", "");
        List<Integer> breaks = Hyphenator.breaks(letters);
        for (int i = breaks.size() - 1; i >= 0; i--) {
            String head = letters.substring(0, breaks.get(i));
            if (width(line + " " + head + "-", style) <= width) {
                return head;
            }
        }
        return null;
    }
}
