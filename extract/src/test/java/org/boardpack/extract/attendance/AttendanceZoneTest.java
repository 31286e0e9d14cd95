package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class AttendanceZoneTest {

    /** One line of text at a given baseline, words 6 pt apart per character. */
    private static TextLine line(float y, String text) {
        List<Word> words = new ArrayList<>();
        float x = 60;
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, y - 8, x + 5 * w.length(), y, "Helvetica", 10, false));
            x += 5 * w.length() + 3;
        }
        return new TextLine(words);
    }

    private static List<Boolean> allowed(String... texts) {
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(line(100 + 14 * i, texts[i]));
        }
        return AttendanceZone.of(lines, Collections.nCopies(lines.size(), 1)).stream()
                .map(AttendanceZone.ZoneLine::allowed).toList();
    }

    @Test
    void theHeadAndTheEarlyAttendanceItemsAreTheZoneAndTheFirstItemOfBusinessEndsIt() {
        assertEquals(List.of(true, true, true, true, false, false, false, false), allowed(
                "PRESENT: Cllrs A Smith and B Jones",
                "100. APOLOGIES FOR ABSENCE",
                "Apologies were received from Cllr C Brown.",
                "100.1 Cllr D Green sent apologies too.",
                "101. DECLARATIONS OF INTEREST",
                "None.",
                "102. ATTENDANCE AT THE SUMMER FAIR",
                "Present: Jane Doe and John Roe"));
    }

    @Test
    void numberingThatStartsAgainAfterAnAgendaListStartsAfresh() {
        assertEquals(List.of(true, true, false, false, true, true, false), allowed(
                "Agenda:",
                "BM 52/2122 To record those present, accept apologies",
                "BM 53/2122 Division of Agenda",
                "BM 54/2122 Declaration of interests",
                "BM 52/2122 To record those who are present",
                "Apologies: Andrew McKenzie",
                "BM 53/2122 Division of Agenda"));
    }

    @Test
    void datesAndCountsAreNoItemHeadings() {
        assertEquals(-1, AttendanceZone.number(line(100, "12 June 2013 at 7.30 pm")));
        assertEquals(-1, AttendanceZone.number(line(100, "2/11/2011 GWP Meeting - Present: Brenda Smith")));
        assertEquals(-1, AttendanceZone.number(line(100, "3 electors and the clerk, Tom Brindley.")));
        assertEquals(101, AttendanceZone.number(line(100, "101. DECLARATIONS OF INTEREST")));
        assertEquals(42, AttendanceZone.number(line(100, "42. (Agenda 1) APOLOGIES FOR ABSENCE")));
        assertEquals(4, AttendanceZone.number(line(100, "4A: Presentation from Crisis Support Services")));
    }

    @Test
    void aHeadRunsOverTwoPagesAtMostInAPaperThatNumbersNothing() {
        List<TextLine> lines = List.of(line(100, "Present: Cllr A Smith"), line(100, "Some text"), line(100, "More text"),
                line(100, "Apologies were received from Cllr B Jones"));
        assertEquals(List.of(true, true, true, false), AttendanceZone.of(lines, List.of(3, 3, 4, 5)).stream()
                .map(AttendanceZone.ZoneLine::allowed).toList());
    }
}
