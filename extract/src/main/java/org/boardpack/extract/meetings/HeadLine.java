package org.boardpack.extract.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.documents.PrintedText;
import org.boardpack.ingest.TextLine;
import org.boardpack.extract.layout.ColumnGap;

/**
 * One line of a paper's heading: its text as printed ({@link PrintedText}) and its geometry.
 */
record HeadLine(String text, TextLine line) {

    /** A numbered or lettered row: {@code 1.}, {@code 4A:}, {@code (b)}, {@code 102.1}; not a date ({@code 8 February 2023}). */
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\(?\\d{1,3}(?:\\.\\d{1,2})*[.):]?|\\(?[a-z][.)])\\s+"
            + "(?!(?:st|nd|rd|th\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)\\S", Pattern.CASE_INSENSITIVE);
    /**
     * {@code Present:}, {@code Roll Call: 6 present}: a label opening a list or a field; also
     * {@code Present;}, the semicolon some clerks type for the colon.
     */
    private static final Pattern LABELLED = Pattern.compile("^(?:[\\p{L}][\\p{L} ()&'’/-]{0,30}:|\\p{L}{3,};)(?:\\s|$)");

    /** A gap between a table row's cells, in ems: wider than any word space of justified prose. */
    private static final float CELL_GAP_EMS = ColumnGap.EMS;

    static List<HeadLine> of(List<TextLine> lines) {
        List<HeadLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            String text = clean(l.text());
            if (!text.isEmpty()) {
                out.add(new HeadLine(text, l));
            }
        }
        return out;
    }

    static String clean(String printed) {
        return PrintedText.clean(printed);
    }

    float size() {
        return line.fontSize();
    }

    float top() {
        return line.top();
    }

    float bottom() {
        return line.bottom();
    }

    /** Set in capitals: every letter upper case (a line of few letters counts as either). */
    boolean capitals() {
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 4 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    boolean numbered() {
        return NUMBERED.matcher(text).find();
    }

    /** Starts with a label and its colon. */
    boolean labelled() {
        return LABELLED.matcher(text).find();
    }

    int words() {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    /** The height of the line's glyphs: the measure of its type, whatever size its font declares. */
    float height() {
        return Math.max(1f, bottom() - top());
    }

    /**
     * Whether this line sits under {@code above} with a gap of less than {@code factor} glyph
     * heights, as the next line of the same block does.
     */
    boolean closeUnder(HeadLine above, float factor) {
        return top() - above.bottom() < factor * Math.max(height(), above.height());
    }

    /**
     * Set as the cells of a table row ({@code Councillor      Attendance}): a gap between its
     * words wider than any word space, in ems of its type.
     */
    boolean cells() {
        return line.segments(CELL_GAP_EMS).size() > 1;
    }

    /** Same size of type as {@code other}: within a tenth. */
    boolean sameSize(HeadLine other) {
        return Math.abs(size() - other.size()) <= 0.1f * Math.max(size(), other.size());
    }
}
