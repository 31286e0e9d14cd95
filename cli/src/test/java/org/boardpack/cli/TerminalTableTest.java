package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.boardpack.cli.TerminalTable.Column;
import org.junit.jupiter.api.Test;

class TerminalTableTest {

    private static TerminalTable actions() {
        return new TerminalTable(List.of(Column.fixed("REF"), Column.fixed("OWNER"), Column.wrapping("DESCRIPTION")))
                .row("31", "Chair", "To provide letter of support on behalf of the ICS for the Strategic Outline Case")
                .row("46", "B Nwosu", "Provide an update on national uptake data");
    }

    @Test
    void unlimitedWidthKeepsEveryRowOnOneAlignedLine() {
        String[] lines = actions().render(0).split("\n");
        assertEquals(4, lines.length);
        assertEquals(lines[0].indexOf("DESCRIPTION"), lines[2].indexOf("To provide"));
        assertEquals(lines[0].indexOf("DESCRIPTION"), lines[3].indexOf("Provide an"));
    }

    @Test
    void narrowTerminalWrapsTheFlexibleColumnAndLosesNoWord() {
        String rendered = actions().render(40);
        for (String line : rendered.split("\n")) {
            assertTrue(line.length() <= 40, line);
        }
        String joined = rendered.replaceAll("\\s+", " ");
        for (String word : "To provide letter of support on behalf of the ICS for the Strategic Outline Case".split(" ")) {
            assertTrue(joined.contains(word), word);
        }
        assertTrue(rendered.split("\n").length > 4);
    }

    @Test
    void blankCellsPrintAsADash() {
        String rendered = new TerminalTable(List.of(Column.fixed("A"), Column.fixed("B"))).row("x", null).render(0);
        assertTrue(rendered.contains("x  -"), rendered);
    }

    @Test
    void widthComesFromColumnsThenTerminalElseUnlimited() {
        assertEquals(132, TerminalWidth.detect(Map.of("COLUMNS", "132"), false));
        assertEquals(0, TerminalWidth.detect(Map.of(), false));
    }

    @Test
    void longWordIsSplitRatherThanOverflowing() {
        assertEquals(List.of("abcde", "fgh"), TerminalTable.wrap("abcdefgh", 5));
    }
}
