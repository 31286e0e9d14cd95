package org.boardpack.extract.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class HeadingTextTest {

    /** Words of a line; a word in asterisks is bold ({@code *Attendance:*}). */
    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        float x = 100;
        for (String t : text.split(" ")) {
            boolean bold = t.startsWith("*") && t.endsWith("*") && t.length() > 1;
            String w = bold ? t.substring(1, t.length() - 1) : t;
            out.add(new Word(w, x, 90, x + w.length() * 5, 100, "Helvetica", 10, bold));
            x += w.length() * 5 + 3;
        }
        return out;
    }

    private static String title(String text) {
        return HeadingText.of(words(text)).title();
    }

    @Test
    void aCapitalsHeadingRunInWithItsText() {
        assertEquals("OPEN FORUM", title("OPEN FORUM: Held after Agenda Item 5. There were 6 speakers."));
        assertEquals("CLERK’S CONTRACT", title("*CLERK’S* *CONTRACT.* *Held* *over* *pending* *Employment* *Committee.*"));
        assertEquals("MODIFICATION OF THE AGENDA", title("MODIFICATION OF THE AGENDA:"));
    }

    @Test
    void aDashInsideAHeadingOfOneTypeJoinsItsParts() {
        assertEquals("CONFIDENTIAL MATTERS – see Part 2 Paper",
                title("*CONFIDENTIAL* *MATTERS* *–* *see* *Part* *2* *Paper*"));
        assertEquals("DECLARATIONS OF INTEREST",
                HeadingText.ofEntry(words("*DECLARATIONS* *OF* *INTEREST* - to note any declarations")).title());
    }

    @Test
    void aBoldLabelRunInWithPlainText() {
        assertEquals("Attendance", title("*Attendance:* A list of Members attending is available"));
        assertEquals("Reports were made", title("*Reports* *were* *made:*"));
    }

    @Test
    void aPlainLabelEndsAtItsColon() {
        assertEquals("On Ratification of the Constitution",
                title("On Ratification of the Constitution: The Constitution was introduced to the Meeting as a"));
        assertEquals("Quoracy", title("Quoracy: with over 15 members present, the meeting was deemed Quorate."));
    }

    @Test
    void aBracketedExplanationIsNotTheTitleButAShortBracketIs() {
        assertEquals("Elections to the Advisory Board",
                title("Elections to the Advisory Board (neither the Chair, nor the Vice-Chair posts were contested"));
        assertEquals("Chair’s Actions (standing item)", title("Chair’s Actions (standing item)"));
        assertEquals("Patron Suggestions/Comments (Speak-Outs) and Library Director’s Response",
                title("Patron Suggestions/Comments (Speak-Outs) and Library Director’s Response"));
    }

    @Test
    void aReferenceCodeBeforeTheTitleIsDropped() {
        assertEquals("Staff Communications", title("*2023-3229* *-* *Staff* *Communications*"));
    }

    @Test
    void aPresenterInBracketsOrAfterAColonIsTheLead() {
        HeadingText.Parts p = HeadingText.of(words("Friends of the Library (M. Romero)"));
        assertEquals("Friends of the Library", p.title());
        assertEquals("M. Romero", p.lead());
        p = HeadingText.of(words("*CV-X-IF* *SPECIFICATION* *Introduction:Davide* *Schiavone*"));
        assertEquals("CV-X-IF SPECIFICATION Introduction", p.title());
        assertEquals("Davide Schiavone", p.lead());
        assertEquals(null, HeadingText.of(words("Finance Issue re: Previous Committee")).lead());
        assertEquals(null, HeadingText.of(words("Update on Bus Stop Benches (Discussion)")).lead());
    }

    @Test
    void anAgendaEntryKeepsItsWholeWording() {
        assertEquals("Mr. Secretary to Move: that Guy Herbert be the Meeting's Chairman",
                HeadingText.ofEntry(words("*Mr.* *Secretary* *to* *Move:* that Guy Herbert be the Meeting's Chairman")).title());
    }
}
