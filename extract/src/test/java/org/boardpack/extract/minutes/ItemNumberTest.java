package org.boardpack.extract.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ItemNumberTest {

    private static String read(String line) {
        Optional<ItemNumber> n = ItemNumber.parse(line);
        return n.map(i -> i.printed() + "|" + i.level() + "|" + i.major() + "|" + i.agenda() + "|" + i.rest()).orElse("-");
    }

    @Test
    void wholeNumbersAsPrinted() {
        assertEquals("100|WHOLE|100|null|APOLOGIES FOR ABSENCE", read("100. APOLOGIES FOR ABSENCE"));
        assertEquals("3|WHOLE|3|null|Title", read("3) Title"));
        assertEquals("3|WHOLE|3|null|Title", read("Item 3: Title"));
        assertEquals("9|WHOLE|9|null|PRECEPT", read("ITEM 9 PRECEPT"));
        assertEquals("5|WHOLE|5|null|Quoracy: with over 15 members present", read("5 Quoracy: with over 15 members present"));
    }

    @Test
    void lettersBesideANumberAreOneNumber() {
        assertEquals("4A|WHOLE|4|null|Presentation", read("4A: Presentation"));
        assertEquals("5-A|WHOLE|5|null|Discussion", read("5-A Discussion"));
        assertEquals("12a|WHOLE|12|null|Title", read("12a. Title"));
    }

    @Test
    void yearAndSequenceMinuteNumbersWithoutLetters() {
        assertEquals("23/01|SEQUENCE|1|null|To receive apologies", read("23/01 To receive apologies"));
        assertEquals("045/23|SEQUENCE|45|null|Planning", read("045/23 Planning"));
        assertEquals("2023/14|SEQUENCE|14|null|Finance", read("2023/14. Finance"));
        assertEquals("-", read("12/06/2023 was the date"));
        assertEquals("-", read("1/2 of the budget"));
    }

    @Test
    void dottedSubNumbers() {
        assertEquals("44.1|SUB|44|null|The chairman", read("44.1. The chairman"));
        assertEquals("108.2.1|SUB|108|null|It was reported", read("108.2.1 It was reported"));
        assertTrue(ItemNumber.parse("44.1 Title").get().isSubOf("44"));
        assertTrue(!ItemNumber.parse("44.1 Title").get().isSubOf("4"));
    }

    @Test
    void lettersWithTheirBrackets() {
        assertEquals("a|LETTER|-1|null|Current Applications", read("(a) Current Applications"));
        assertEquals("c|LETTER|-1|null|Highways", read("(c ) Highways"));
        assertEquals("a|LETTER|-1|null|To receive an update", read("a)To receive an update"));
        assertEquals("A|LETTER|-1|null|Report from the Director", read("*A. Report from the Director"));
    }

    @Test
    void committeeReferencesAndTheirItemNumber() {
        assertEquals("FGB 98/2122|REFERENCE|98|null|Attendance", read("FGB 98/2122 Attendance"));
        assertEquals("HWB/16/4|REFERENCE|4|null|Minutes", read("HWB/16/4. Minutes"));
        // a board's abbreviation in mixed case, as NHS boards print it
        assertEquals("BoD/23/05|REFERENCE|5|null|Board Assurance Framework", read("BoD/23/05 Board Assurance Framework"));
        assertEquals("AGM-2006/1|REFERENCE|1|null|: The Agenda", read("AGM-2006/1 : The Agenda"));
        // an NHS board's letters set close to the year/number
        assertEquals("TB24/01|REFERENCE|1|null|Welcome and apologies", read("TB24/01 Welcome and apologies"));
        assertEquals("BoD23/112|REFERENCE|112|null|Winter plan", read("BoD23/112 Winter plan"));
    }

    @Test
    void anAgendaNumberBesideTheMinuteNumber() {
        assertEquals("42|WHOLE|42|1|APOLOGIES FOR ABSENCE", read("42. (Agenda 1) APOLOGIES FOR ABSENCE"));
    }

    @Test
    void yearsDatesAndMixedCaseReferencesAreNotNumbers() {
        assertEquals("-", read("2019 was a good year"));
        assertEquals("-", read("14-9-16 Coopers Grass"));
        assertEquals("-", read("Ref 3/11/1511/FP for a traveller’s camp"));
        assertEquals("-", read("1° — 2004"));
        assertEquals("-", read("Q3/24 performance was reported")); // a quarter, not a board's letters
        assertEquals("-", read("Ref24/11 was cited"));
    }
}
