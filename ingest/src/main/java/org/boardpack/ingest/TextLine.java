package org.boardpack.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that share a baseline, left to right. A line may cross several columns of a layout (a
 * name on the left and initials in a right-hand column); {@link #segments(float)} splits it where
 * the gap between words is wider than ordinary word spacing.
 */
public record TextLine(List<Word> words) {

    public TextLine {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
        words = List.copyOf(words);
    }

    public float x0() {
        return words.getFirst().x0();
    }

    public float x1() {
        return words.getLast().x1();
    }

    public float top() {
        return (float) words.stream().mapToDouble(Word::top).min().orElseThrow();
    }

    public float bottom() {
        return (float) words.stream().mapToDouble(Word::bottom).max().orElseThrow();
    }

    public float fontSize() {
        return (float) words.stream().mapToDouble(Word::fontSize).max().orElseThrow();
    }

    public boolean bold() {
        return words.stream().allMatch(Word::bold);
    }

    public boolean italic() {
        return words.stream().allMatch(Word::italic);
    }

    /** The words joined by single spaces, whatever the gaps between them. */
    public String text() {
        return join(words);
    }

    /**
     * Runs of words separated by gaps wider than {@code gapEms} times the font size: the parts of
     * the line that sit in different columns.
     */
    public List<TextLine> segments(float gapEms) {
        List<TextLine> out = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        Word previous = null;
        for (Word w : words) {
            if (previous != null && w.x0() - previous.x1() > gapEms * Math.max(previous.fontSize(), w.fontSize())) {
                out.add(new TextLine(run));
                run = new ArrayList<>();
            }
            run.add(w);
            previous = w;
        }
        out.add(new TextLine(run));
        return out;
    }

    /** Words joined by single spaces. */
    public static String join(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }
}
