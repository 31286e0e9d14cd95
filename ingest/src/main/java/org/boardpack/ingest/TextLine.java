package org.boardpack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Words that share a baseline, left to right. A line may cross several columns of a layout (a
 * name on the left and initials in a right-hand column); {@link #segments(float)} splits it where
 * the gap between words is wider than ordinary word spacing.
 *
 * <p>Immutable, and a value (equal when the words are). A class, not a record, so that its text and
 * extent are worked out once: extractors ask a line for them many times over. The text is made on
 * first use (many lines are only measured); racing threads at worst make the same string twice.
 */
public final class TextLine {

    private final List<Word> words;
    private String text;
    private final float top;
    private final float bottom;
    private final float fontSize;

    public TextLine(List<Word> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
        this.words = List.copyOf(words);
        float t = Float.POSITIVE_INFINITY;
        float b = Float.NEGATIVE_INFINITY;
        float size = Float.NEGATIVE_INFINITY;
        for (Word w : this.words) {
            t = Math.min(t, w.top());
            b = Math.max(b, w.bottom());
            size = Math.max(size, w.fontSize());
        }
        this.top = t;
        this.bottom = b;
        this.fontSize = size;
    }

    public List<Word> words() {
        return words;
    }

    public float x0() {
        return words.getFirst().x0();
    }

    public float x1() {
        return words.getLast().x1();
    }

    public float top() {
        return top;
    }

    public float bottom() {
        return bottom;
    }

    public float fontSize() {
        return fontSize;
    }

    public boolean bold() {
        return words.stream().allMatch(Word::bold);
    }

    public boolean italic() {
        return words.stream().allMatch(Word::italic);
    }

    /** The words joined by single spaces, whatever the gaps between them. */
    public String text() {
        String t = text;
        if (t == null) {
            t = join(words);
            text = t;
        }
        return t;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof TextLine other && words.equals(other.words);
    }

    @Override
    public int hashCode() {
        return Objects.hash(words);
    }

    @Override
    public String toString() {
        return "TextLine[words=" + words + "]";
    }
}
