package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

/**
 * Pieces of one word set edge to edge on a baseline (an office render's table cell, split by
 * PDFBox's word breaks) are one word; a gap, another font or another baseline keeps words apart.
 */
class TouchingWordsTest {

    private static Word word(String text, float x0, float x1, float bottom, String font, boolean bold) {
        return new Word(text, x0, bottom - 7, x1, bottom, font, 9, bold, false);
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    @Test
    void piecesSetEdgeToEdgeAreOneWord() {
        List<Word> line = List.of(word("26", 40, 50, 488.2f, "LiberationSans", false),
                word("March", 52.5f, 80, 488.2f, "LiberationSans", false),
                word("P", 174.30f, 180.29f, 488.2f, "LiberationSans", false),
                word("rovide", 180.29f, 204.8f, 488.2f, "LiberationSans", false),
                word("a", 207.29f, 212.3f, 488.2f, "LiberationSans", false));
        List<Word> joined = TouchingWords.join(line);
        assertEquals(List.of("26", "March", "Provide", "a"), texts(joined));
        Word provide = joined.get(2);
        assertEquals(174.30f, provide.x0(), 0.001);
        assertEquals(204.8f, provide.x1(), 0.001);
    }

    @Test
    void aGapAnotherFontOrAnotherBaselineKeepsWordsApart() {
        // a thin space (a quarter of the 2.5-point word space) is still a gap
        assertEquals(List.of("on", "track"), texts(TouchingWords.join(List.of(
                word("on", 100, 110, 500, "F", false), word("track", 110.6f, 130, 500, "F", false)))));
        // a bold label run against plain text: two words, as printed
        assertEquals(List.of("Action:", "SP"), texts(TouchingWords.join(List.of(
                word("Action:", 100, 130, 500, "F-Bold", true), word("SP", 130, 142, 500, "F", false)))));
        // a superscript set against its word stays apart from it
        assertEquals(List.of("1", "st"), texts(TouchingWords.join(List.of(
                word("1", 100, 105, 500, "F", false), word("st", 105, 110, 497, "F", false)))));
    }
}
