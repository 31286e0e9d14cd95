package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class MinutesEndTest {

    private static Page page(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        float y = 60;
        for (String text : texts) {
            List<Word> words = new ArrayList<>();
            float x = 72;
            for (String w : text.split(" ")) {
                words.add(new Word(w, x, y, x + 6 * w.length(), y + 10, "Helvetica", 11, false));
                x += 6 * w.length() + 4;
            }
            lines.add(new TextLine(words));
            y += 20;
        }
        return new Page(1, 595, 842, 0, lines);
    }

    @Test
    void theMeetingClosedAtATimeThenTheSignatureLinesSignOffTheMinutes() {
        assertTrue(MinutesEnd.signedOff(page("12. ANY OTHER BUSINESS", "None.", "The meeting closed at 9.15 pm",
                "Signed ........ Chairman", "Date ........")));
        assertTrue(MinutesEnd.signedOff(page("The Chairman closed the public element of the meeting at 9.54 pm", "Signed Dated")));
        assertTrue(MinutesEnd.signedOff(page("The meeting was adjourned at 6:41 p.m.", "Chairman's signature ........")));
    }

    @Test
    void aCouncilsNoteOfBothEndsOfTheMeetingAndTheChairmansLeaderLine() {
        // council minutes: "(Note: The meeting commenced at … and concluded at …)", then "Chairman ……" / "Dated ……"
        assertTrue(MinutesEnd.signedOff(page("The decision was unanimous.",
                "(Note: The meeting commenced at 2.00 p.m. and concluded at 3.40 p.m.)", "Chairman …………….………………….",
                "Dated ………………………………..")));
        assertTrue(MinutesEnd.signedOff(page("The meeting started at 7.30pm and finished at 9.05pm.", "Chair ________________")));
        // the chairman named in a sentence, or a chairman's heading, is no line to sign on
        assertFalse(MinutesEnd.signedOff(page("(Note: The meeting commenced at 2.00 p.m. and concluded at 3.40 p.m.)",
                "Chairman's announcements were received.")));
        assertFalse(MinutesEnd.signedOff(page("The meeting commenced at 2.00 p.m. with a presentation.", "Chairman ……………")));
    }

    @Test
    void aPageOfTheSignatureLinesCarriedOverIsOnlySignature() {
        assertTrue(MinutesEnd.onlySignature(page("Dated ……………………………..")));
        assertFalse(MinutesEnd.onlySignature(page("Dated ……………………………..", "PAYMENTS SEPTEMBER 2019")));
    }

    @Test
    void aCloseWithoutSignatureOrASignatureWithoutCloseSignsNothingOff() {
        // the confidential part may follow a public part closed
        assertFalse(MinutesEnd.signedOff(page("The chairman closed the public part of the meeting at 9.54 pm",
                "13. STAFFING (CONFIDENTIAL)")));
        // every page initialled by the chair: no close
        assertFalse(MinutesEnd.signedOff(page("7. PLANNING", "The application was supported.", "Signed ........ Chairman")));
        // the signature above the close is no sign-off of it
        assertFalse(MinutesEnd.signedOff(page("Signed by the clerk on behalf of the council.", "The meeting closed at 9.15 pm")));
        // a close with no time is a sentence about a meeting, not its end
        assertFalse(MinutesEnd.signedOff(page("The chair closed the meeting to the public.", "Signed ........")));
    }
}
