package org.boardpack.extract.agenda;

import org.boardpack.model.agenda.AgendaItem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.minutes.Minutes;
import org.boardpack.extract.minutes.MinutesItem;
import org.boardpack.extract.text.Vocabulary;
import org.junit.jupiter.api.Test;

class MinutesAgendaTest {

    private static final String MEETING = "pc/2019-09-11";

    private static MinutesItem heading(String number, String minuteRef, String title) {
        return new MinutesItem(number, minuteRef, title, 1, List.of(), List.of(), null, true);
    }

    private static List<String> items(MinutesItem... items) {
        Minutes minutes = new Minutes(List.of(items), LinePitch.of(List.of()), Vocabulary.of(List.of()));
        List<String> out = new ArrayList<>();
        for (AgendaItem a : new MinutesAgenda().items(minutes, MEETING)) {
            out.add(a.number() + "|" + a.title() + "|" + a.minuteRef());
        }
        return out;
    }

    @Test
    void headingsAreItemsAndParagraphsAreNot() {
        MinutesItem paragraph = new MinutesItem("44", "44.1", "MATTERS ARISING", 1, List.of(), List.of(), null, false);
        assertEquals(List.of("44|MATTERS ARISING|null", "44.2|Highways|null"),
                items(heading("44", null, "MATTERS ARISING"), paragraph, heading("44.2", null, "Highways")));
    }

    @Test
    void theAgendaNumberIsTheNumberAndTheMinuteNumberItsReference() {
        assertEquals(List.of("1|APOLOGIES FOR ABSENCE|42"), items(heading("1", "42", "APOLOGIES FOR ABSENCE")));
    }

    @Test
    void aCommitteeReferenceStandsForTheNumberWhereNoneIsPrinted() {
        assertEquals(List.of("HWB/16/4|Minutes|null"), items(heading(null, "HWB/16/4", "Minutes")));
    }

    @Test
    void aReprintedAgendaListGivesEachItemOnce() {
        assertEquals(List.of("FGB 98/2122|Attendance and associated matters|null", "FGB 99/2122|Declaration of interests|null",
                        "FGB 100/2122|Division of Agenda|null"),
                items(heading(null, "FGB 98/2122", "Attendance and associated matters"),
                        heading(null, "FGB 99/2122", "Declaration of interests"),
                        heading(null, "FGB 100/2122", "Division of Agenda"),
                        heading(null, "FGB 98/2122", "To record those who were present"),
                        heading(null, "FGB 99/2122", "Declaration of interests. Governors were invited"),
                        heading(null, "FGB 100/2122", "Division of Agenda")));
    }

    @Test
    void aNumberPrintedTwiceAmongDistinctNumbersAndLettersStartingAgainAreSeparateItems() {
        assertEquals(List.of("13|WORK PROGRAMME|53", "14|STANDING ITEMS|54", "14|FINANCE|55", "15|CLERK’S CONTRACT|56"),
                items(heading("13", "53", "WORK PROGRAMME"), heading("14", "54", "STANDING ITEMS"),
                        heading("14", "55", "FINANCE"), heading("15", "56", "CLERK’S CONTRACT")));
        assertEquals(List.of("A|Report from the Director|null", "B|Draft Minutes|null", "A|New Members|null",
                        "B|Elections|null"),
                items(heading("A", null, "Report from the Director"), heading("B", null, "Draft Minutes"),
                        heading("A", null, "New Members"), heading("B", null, "Elections")));
    }
}
