package org.boardpack.extract.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.junit.jupiter.api.Test;

class PaperAreaTest {

    private static TextLine line(float y, String text) {
        List<Word> words = new ArrayList<>();
        float x = 72;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, y, x + 6 * w.length(), y + 11, "Helvetica", 11, false));
            x += 6 * w.length() + 4;
        }
        return new TextLine(words);
    }

    private static final Page SHARED = new Page(1, 595, 842, 0,
            List.of(line(60, "AGENDA"), line(90, "1. Apologies"), line(300, "Minutes of the meeting"), line(330, "PRESENT: A Smith")),
            List.of(new Ruling(72, 100, 500, 100), new Ruling(72, 340, 500, 340)), List.of());

    private static final DocumentSpan AGENDA = new DocumentSpan(DocumentType.AGENDA, null, 1, 1, null, null, 300f);
    private static final DocumentSpan MINUTES = new DocumentSpan(DocumentType.MINUTES, null, 1, 2, null, 300f, null);

    @Test
    void twoPapersSharingAPageSplitItsLinesAndRulesWhereTheSecondStarts() {
        assertEquals(List.of("AGENDA", "1. Apologies"), PaperArea.lines(SHARED, AGENDA).stream().map(TextLine::text).toList());
        assertEquals(List.of("Minutes of the meeting", "PRESENT: A Smith"),
                PaperArea.lines(SHARED, MINUTES).stream().map(TextLine::text).toList());
        assertEquals(100f, PaperArea.clip(SHARED, AGENDA).rulings().getFirst().top());
        assertEquals(340f, PaperArea.clip(SHARED, MINUTES).rulings().getFirst().top());
    }

    @Test
    void aPageThePaperHasWholeIsReadAsItIs() {
        DocumentSpan whole = new DocumentSpan(DocumentType.MINUTES, null, 1, 2);
        assertSame(SHARED, PaperArea.clip(SHARED, whole));
        // the minutes' second page is theirs top to bottom
        Page second = new Page(2, 595, 842, 0, List.of(line(60, "3. Finance")));
        assertSame(second, PaperArea.clip(second, MINUTES));
    }

    @Test
    void aPointBelongsToThePaperWhoseStretchOfThePageHoldsIt() {
        assertTrue(AGENDA.contains(1, 299f));
        assertFalse(AGENDA.contains(1, 300f));
        assertTrue(MINUTES.contains(1, 300f));
        assertFalse(MINUTES.contains(1, 299f));
        assertTrue(MINUTES.contains(2, 10f));
        assertFalse(MINUTES.hasWhole(1));
        assertTrue(MINUTES.hasWhole(2));
    }
}
