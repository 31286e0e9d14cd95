package org.boardpack.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class CentredCellsTest {

    /** A line of cells: each "x:text" starts a cell at x; words 5 points a letter, 10-point type. */
    private static TextLine line(float top, String... cells) {
        return line(false, top, cells);
    }

    private static TextLine bold(float top, String... cells) {
        return line(true, top, cells);
    }

    private static TextLine line(boolean bold, float top, String... cells) {
        List<Word> words = new ArrayList<>();
        for (String cell : cells) {
            float x = Float.parseFloat(cell.substring(0, cell.indexOf(':')));
            for (String w : cell.substring(cell.indexOf(':') + 1).split(" ")) {
                words.add(new Word(w, x, top, x + 5 * w.length(), top + 10, "Helvetica", 10, bold, false));
                x += 5 * w.length() + 3;
            }
        }
        return new TextLine(words);
    }

    private static List<String> texts(List<TextLine> lines) {
        return CentredCells.lifted(lines).stream().map(TextLine::text).toList();
    }

    @Test
    void aNumberCentredBesideATwoLineTitleGoesToItsFirstLine() {
        List<TextLine> lines = List.of(
                line(80, "60:2", "100:Declarations of interest", "400:Note"),
                line(100, "100:Minutes of the previous meeting held on"),
                line(106, "60:3", "400:Approve"),
                line(112, "100:9 January 2024"),
                line(132, "60:4", "100:Action log", "400:Note"));
        assertEquals(List.of("2 Declarations of interest Note", "3 Minutes of the previous meeting held on Approve",
                "9 January 2024", "4 Action log Note"), texts(lines));
    }

    @Test
    void aNumberPrintedBesideItsTitleOrUnderTheRowStaysWhereItIs() {
        // top-aligned rows set tight: the number's line carries its title
        List<TextLine> tight = List.of(
                line(88, "100:To receive any apologies"),
                line(100, "60:2", "100:Declarations of interest"),
                line(112, "100:To receive declarations"));
        assertEquals(List.of("To receive any apologies", "2 Declarations of interest", "To receive declarations"), texts(tight));
        // a number under the last line of a block, not level with its middle
        List<TextLine> under = List.of(
                line(88, "100:Minutes of the meeting"),
                line(100, "100:held on 9 January"),
                line(106, "60:3"),
                line(112, "100:2024"));
        assertEquals(List.of("Minutes of the meeting", "held on 9 January", "3", "2024"), texts(under));
    }

    @Test
    void aNumberOnTheMiddleLineOfABoldTitleOverPlainTextGoesToTheTitle() {
        List<TextLine> lines = List.of(
                bold(88, "100:Minutes of the previous meeting"),
                line(100, "60:3", "100:The minutes of the meeting held on 7 November were approved as a true", "450:HM"),
                line(112, "100:record."),
                line(140, "60:4", "100:Chief Executive’s report"));
        assertEquals(List.of("3 Minutes of the previous meeting HM", "The minutes of the meeting held on 7 November were approved as a true", "record.",
                "4 Chief Executive’s report"), texts(lines));
        List<TextLine> refs = List.of(
                bold(88, "100:Minutes of the previous meeting"),
                line(94, "40:TB/24/03"),
                line(100, "100:The minutes were approved."));
        assertEquals(List.of("TB/24/03 Minutes of the previous meeting", "The minutes were approved."), texts(refs));
        // a bold title on the number's own line is a top-aligned row, whatever stands above it
        List<TextLine> top = List.of(
                bold(88, "100:Apologies"),
                bold(100, "60:2", "100:Declarations of interest"),
                line(112, "100:None were declared."));
        assertEquals(List.of("Apologies", "2 Declarations of interest", "None were declared."), texts(top));
    }
}
