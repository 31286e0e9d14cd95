package org.boardpack.extract.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.text.LineJoiner;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    private final ParagraphSplitter splitter = new ParagraphSplitter(new LineJoiner());
    /** Leading of 12 points: a gap of 18 is wider than a line's. */
    private final LinePitch pitch = LinePitch.of(List.of(new float[] {100, 112}, new float[] {112, 124},
            new float[] {124, 136}, new float[] {136, 148}));

    private static MinutesLine line(float x, float y, String text) {
        return line(1, x, y, text);
    }

    private static MinutesLine line(int page, float x, float y, String text) {
        List<Word> words = new ArrayList<>();
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, y - 8, x + 5 * w.length(), y, "Helvetica", 10, false));
            x += 5 * w.length() + 3;
        }
        return new MinutesLine(page, new TextLine(words));
    }

    private List<String> split(MinutesLine... lines) {
        return splitter.split(List.of(lines), pitch, Pattern.compile("^RESOLVED\\b")).stream().map(Paragraph::text).toList();
    }

    @Test
    void anIndentedFirstLineRunsOnIntoTheLineBelowAcrossAWiderGap() {
        assertEquals(List.of("Decided not to proceed with this proposal - OpenHW will spread the word on relevant positions."),
                split(line(144, 220, "Decided not to proceed with this proposal - OpenHW will spread the"),
                        line(108, 238, "word on relevant positions.")));
    }

    @Test
    void aWiderGapStillEndsAParagraphThatClosedItsSentenceOrIsNotIndented() {
        assertEquals(2, split(line(144, 220, "The proposal was deferred."), line(108, 238, "later the chair spoke.")).size());
        assertEquals(2, split(line(108, 220, "The proposal was deferred and"), line(108, 238, "later the chair spoke.")).size());
        assertEquals(2, split(line(144, 220, "The proposal was deferred and"), line(108, 260, "later the chair spoke.")).size());
    }

    @Test
    void aShortLastLineThatClosesItsSentenceEndsTheParagraphAtThePageFoot() {
        assertEquals(List.of("RESOLVED – That the press and public be excluded from the meeting for the following item on the grounds "
                        + "that it involves exempt information.", "The meeting closed at 7.25 pm."),
                split(line(1, 108, 700, "RESOLVED – That the press and public be excluded from the meeting for the following item on the"),
                        line(1, 108, 712, "grounds that it involves exempt information."),
                        line(2, 108, 60, "The meeting closed at 7.25 pm.")));
        // a full last line, or one that does not close its sentence, runs on over the page
        assertEquals(1, split(line(1, 108, 700, "The Committee discussed the proposals for the new depot at some length and"),
                line(1, 108, 712, "noted the concerns of residents. Members were advised that the"),
                line(2, 108, 60, "scheme would be funded from reserves.")).size());
        assertEquals(1, split(line(1, 108, 700, "The Committee discussed the proposals for the new depot at some length."),
                line(1, 108, 712, "Members noted the concerns of residents about the traffic and parking."),
                line(2, 108, 60, "The scheme would be funded from reserves.")).size());
    }

    @Test
    void aLabelWordWrappedToALineStartAfterAFullLineGoesOnWithTheSentence() {
        // "The Board / RATIFIED the Chair's action.": a capitalised verb mid-sentence, wrapped by the renderer
        assertEquals(List.of("The Chair had taken action to approve the award of the contract, with two Directors. The Board "
                        + "RESOLVED to ratify the action."),
                split(line(108, 220, "The Chair had taken action to approve the award of the contract, with two Directors. The Board"),
                        line(108, 232, "RESOLVED to ratify the action.")));
        // after a closed sentence or a short line the label opens its own paragraph
        assertEquals(2, split(line(108, 220, "The Chair had taken action to approve the award of the contract, with two Directors."),
                line(108, 232, "RESOLVED to ratify the action.")).size());
        assertEquals(2, split(line(108, 208, "The Chair had taken action to approve the award of the contract, with two Directors."),
                line(108, 220, "Minutes of the last meeting"), line(108, 232, "RESOLVED to ratify the action.")).size());
        // a line in capitals is a label or heading of its own, whatever the line above
        assertEquals(2, split(line(108, 220, "The Chair had taken action to approve the award of the contract, with two Directors and"),
                line(108, 232, "RESOLVED")).size());
    }
}
