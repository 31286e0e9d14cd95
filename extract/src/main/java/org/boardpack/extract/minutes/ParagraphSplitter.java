package org.boardpack.extract.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.extract.text.Vocabulary;

/**
 * Groups a discussion's lines into paragraphs. A paragraph ends where the gap to the next line is
 * wider than the text's leading, and before a line that opens a list entry ({@code 1.}, {@code a)},
 * {@code •}) or that a caller names as opening one (a decision label such as {@code RESOLVED}); a
 * wider gap does not end a paragraph whose indented first line runs on into the line below.
 * A page break alone does not end a paragraph: text flows on to the next page, unless the page's
 * last line closed its sentence well short of the paragraph's measure (a paragraph's last line).
 */
public final class ParagraphSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[•●▪■◦‣∙·\\-–—*o\uF0B7\uF0A7](?:\\s|$)|\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})[.)]\\s)");

    /** A first-line indent is at least this many line pitches (about two figures' width and more). */
    private static final float FIRST_LINE_INDENT_PITCHES = 1f;
    /** A gap of this many pitches or more is a blank line between paragraphs. */
    private static final float BLANK_LINE_PITCHES = 2f;
    /** A paragraph's last line stops at least this many line pitches short of its measure. */
    private static final float SHORT_LINE_PITCHES = 3f;

    private final LineJoiner joiner;

    public ParagraphSplitter(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /**
     * @param opensParagraph lines that start a paragraph whatever the spacing (labels); and a line
     *                       that is nothing but such an opener is a paragraph of its own
     */
    public List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph) {
        return split(lines, pitch, opensParagraph, joiner);
    }

    /** As {@link #split(List, LinePitch, Pattern)}, hyphenated line breaks told by the document's words. */
    public List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph, Vocabulary words) {
        return split(lines, pitch, opensParagraph, joiner.knowing(words));
    }

    private List<Paragraph> split(List<MinutesLine> lines, LinePitch pitch, Pattern opensParagraph, LineJoiner joiner) {
        List<Paragraph> out = new ArrayList<>();
        List<MinutesLine> run = new ArrayList<>();
        boolean runIsBareOpener = false;
        MinutesLine previous = null;
        float measure = (float) lines.stream().mapToDouble(l -> l.line().x1()).max().orElse(0);
        for (MinutesLine line : lines) {
            String text = line.text();
            boolean opener = opensParagraph.matcher(text).find() && !runsOnFrom(previous, line, measure, pitch);
            boolean breaks = previous == null
                    || runIsBareOpener
                    || previous.page() == line.page() && pitch.breaksParagraph(line.line().bottom() - previous.line().bottom())
                    && !continuesIndentedFirstLine(run, line, pitch)
                    || previous.page() != line.page() && endedAtPageFoot(run, pitch)
                    || LIST_MARKER.matcher(text).find()
                    || opener;
            if (breaks && !run.isEmpty()) {
                out.add(paragraph(run, joiner));
                run = new ArrayList<>();
            }
            run.add(line);
            runIsBareOpener = run.size() == 1 && opener && opensParagraph.matcher(text).replaceFirst("").isBlank();
            previous = line;
        }
        if (!run.isEmpty()) {
            out.add(paragraph(run, joiner));
        }
        return out;
    }

    /**
     * Whether an opener's word only continues the sentence of the full line above it: {@code … two
     * Non-Executive Directors. The Board} / {@code RATIFIED the Chair’s action.}, a verb set in capitals
     * mid-sentence as NHS minutes print it, that a browser happened to wrap to a line's start. The line
     * above fills the measure and does not close its sentence; a label after a short line or a closed
     * sentence still opens a paragraph.
     */
    private static boolean runsOnFrom(MinutesLine previous, MinutesLine line, float measure, LinePitch pitch) {
        if (previous == null || previous.page() != line.page()) {
            return false;
        }
        String above = previous.text().strip();
        String text = line.text().strip();
        // a word goes on with a sentence; a printed number (7.3) or a line in capitals (a heading) does not
        return !above.isEmpty() && ".:;!?)–—-".indexOf(above.charAt(above.length() - 1)) < 0
                && Character.isLetter(text.codePointAt(0)) && text.codePoints().anyMatch(Character::isLowerCase)
                && measure - previous.line().x1() < pitch.pitch() * SHORT_LINE_PITCHES;
    }

    /**
     * Whether a line goes on with a paragraph whose first line stands alone above it, indented
     * (a first-line indent) and without closing its sentence, the line starting further left in
     * lower case: {@code     Decided not to proceed … spread the} / {@code word on relevant …}. Text
     * set with wider leading than the paper's leaves such a gap between the two lines; a blank
     * line's worth of gap still ends the paragraph.
     */
    private static boolean continuesIndentedFirstLine(List<MinutesLine> run, MinutesLine line, LinePitch pitch) {
        if (run.size() != 1) {
            return false;
        }
        MinutesLine first = run.getFirst();
        String above = first.text().strip();
        String text = line.text().strip();
        float gap = line.line().bottom() - first.line().bottom();
        return first.line().x0() - line.line().x0() >= pitch.pitch() * FIRST_LINE_INDENT_PITCHES
                && gap <= pitch.pitch() * BLANK_LINE_PITCHES
                && !above.isEmpty() && ".:;!?".indexOf(above.charAt(above.length() - 1)) < 0
                && !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /**
     * Whether a paragraph ended on the last line of its page: the line closes its sentence and stops
     * short of the measure its lines above fill ({@code … exempt information.} at the foot of a page,
     * {@code The meeting closed at 7.25 pm.} atop the next). A full last line runs on over the page.
     */
    public static boolean endedAtPageFoot(List<MinutesLine> run, LinePitch pitch) {
        if (run.size() < 2) {
            return false;
        }
        MinutesLine last = run.getLast();
        String text = last.text().strip();
        float measure = run.stream().map(l -> l.line().x1()).max(Float::compare).orElse(0f);
        return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0
                && measure - last.line().x1() >= pitch.pitch() * SHORT_LINE_PITCHES;
    }

    /** Whether a paragraph opens a list entry, and so ends where the entry does. */
    public static boolean isListEntry(String text) {
        return LIST_MARKER.matcher(text).find();
    }

    private static Paragraph paragraph(List<MinutesLine> run, LineJoiner joiner) {
        return new Paragraph(run, joiner.join(run.stream().map(MinutesLine::text).toList()));
    }
}
