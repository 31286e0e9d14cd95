package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.junit.jupiter.api.Test;

class PrintedInitialsTest {

    @Test
    void aNameFollowedByItsInitialsInBracketsKeysThem() {
        PrintedInitials key = PrintedInitials.of(List.of(
                "Attendees: Holly Packer (HP) (Chairing), Rohit Jose (RJ) (Minuting), Marcus",
                "Gustafsson (MG), Zoe Price-Jones (ZPJ), Mary Ann Smith (MS)",
                "The Chair Dan Evans (DE) welcomed everyone."));
        assertEquals(Optional.of("Holly Packer"), key.name("HP"));
        assertEquals(Optional.of("Marcus Gustafsson"), key.name("MG"), "a name wrapped onto the next line");
        assertEquals(Optional.of("Zoe Price-Jones"), key.name("ZPJ"));
        assertEquals(Optional.of("Mary Ann Smith"), key.name("MS"), "first and last name past a middle name");
        assertEquals(Optional.of("Dan Evans"), key.name("DE"), "words before the name are not part of it");
    }

    @Test
    void noPersonWhereTheBracketIsNoOnesInitials() {
        PrintedInitials key = PrintedInitials.of(List.of(
                "The Parish Council (PC) and Fire Service (FS) met Tom Hill (TH).",
                "Later Tina Hall (TH) joined; the report (KPI) was noted by John Smith (AB)."));
        assertTrue(key.name("PC").isEmpty(), "an organisation keyed to its acronym");
        assertTrue(key.name("FS").isEmpty());
        assertTrue(key.name("TH").isEmpty(), "two names share TH");
        assertTrue(key.name("AB").isEmpty(), "AB are not John Smith's initials");
        assertTrue(key.name("KPI").isEmpty());
    }

    @Test
    void anAcronymsExpansionWhoseFirstWordThePaperUsesInLowerCaseIsNoPerson() {
        PrintedInitials key = PrintedInitials.of(List.of(
                "The Annual General Meeting (AGM) and the Full Governing Body (FGB) met Holly Packer (HP).",
                "The annual accounts were approved in full; the holly tree was not discussed by the board."));
        assertTrue(key.name("AGM").isEmpty());
        assertTrue(key.name("FGB").isEmpty());
        assertTrue(key.name("HP").isEmpty(), "a first name the paper also uses as a common word is refused too");
        assertEquals(Optional.of("Holly Packer"), PrintedInitials.of(List.of("Holly Packer (HP) chaired.")).name("HP"));
    }

    @Test
    void aPageWithoutBracketsStillTellsWhichWordsArePrintedInLowerCase() {
        Page key = page(2, "Holly Packer (HP) chaired. Dan Evans (DE) took the minutes.");
        assertEquals(Optional.of("Holly Packer"), PrintedInitials.of(doc(key)).name("HP"));
        // page 1 prints no bracket, but uses "holly" as a common word: the key's first name is refused
        PrintedInitials both = PrintedInitials.of(doc(page(1, "The holly tree was cut back."), key));
        assertEquals(Optional.empty(), both.name("HP"));
        assertEquals(Optional.of("Dan Evans"), both.name("DE"));
        assertEquals(Optional.empty(), PrintedInitials.of(doc(page(1, "Holly Packer chaired."))).name("HP"), "no bracket, no key");
    }

    private static ParsedDocument doc(Page... pages) {
        return new ParsedDocument(Path.of("pack.pdf"), "0", "pdf", null, List.of(pages));
    }

    private static Page page(int number, String line) {
        List<Word> words = new ArrayList<>();
        float x = 36;
        for (String w : line.split(" ")) {
            words.add(new Word(w, x, 50, x + 5 * w.length(), 59, "Helvetica", 9, false));
            x += 5 * w.length() + 3;
        }
        return new Page(number, 595, 842, 0, List.of(new TextLine(words)));
    }
}
