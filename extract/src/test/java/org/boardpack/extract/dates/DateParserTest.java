package org.boardpack.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser dates = new DateParser();
    private final TimeParser times = new TimeParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Wednesday 11th November 2020|2020-11-11",
            "9 December 2020|2020-12-09",
            "held in Council Chamber on Wednesday, 12 July 2017|2017-07-12",
            "Partnership Board 11November 2020 meeting notes|2020-11-11",
            "Date: 1st Sept 2021|2021-09-01",
            "March 4, 2020|2020-03-04",
            "Meeting held 12/07/2017|2017-07-12"})
    void findsWrittenDates(String text, String iso) {
        assertEquals(LocalDate.parse(iso), dates.find(text).orElseThrow().date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31 February 2021", "153,324 people have been vaccinated", "Item 12 of 2020"})
    void ignoresWhatIsNotADate(String text) {
        assertTrue(dates.find(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Time: 16:00hrs|16:00", "3pm to 6pm|15:00", "Time: 1.00 p.m.|13:00", "10.30am|10:30",
            "12 noon|12:00", "2:30 PM|14:30", "12am|00:00"})
    void findsTimesAs24Hour(String text, String hhmm) {
        assertEquals(hhmm, times.find(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"population growth at 1.8% p.a.", "9 December 2020", "Item 13", "25:00"})
    void ignoresWhatIsNotATime(String text) {
        assertTrue(times.find(text).isEmpty(), text);
    }

    @Test
    void aDateWithoutItsYearIsReadInTheOneGivenYearItsWeekdayFits() {
        assertEquals(LocalDate.parse("2024-09-24"),
                dates.findInYears("Date: Tuesday 24th September", List.of(2020, 2024)).orElseThrow().date());
        assertTrue(dates.findInYears("Date: Tuesday 24th September", List.of(2020)).isEmpty(), "24 September 2020 was a Thursday");
        assertTrue(dates.findInYears("Date: 24th September", List.of(2024)).isEmpty(), "without a weekday nothing says which year");
        assertTrue(dates.findInYears("Tuesday 24th September 2024", List.of(2024)).isEmpty(), "a year is printed: find() reads it");
    }

    @Test
    void theWeekdayPrintedBeforeADate() {
        String text = "Date: Tuesday 4 April, 2016";
        assertEquals(DayOfWeek.TUESDAY, dates.weekdayBefore(text, dates.find(text).orElseThrow()).orElseThrow());
        String caps = "THURSDAY, OCTOBER 26, 2023";
        assertEquals(DayOfWeek.THURSDAY, dates.weekdayBefore(caps, dates.find(caps).orElseThrow()).orElseThrow());
    }

    @Test
    void numericDatesWithShortYearsToBearOutAnother() {
        assertEquals(List.of(LocalDate.parse("2016-04-05")), dates.numericDates("Agenda, 5-4-16"));
        assertTrue(dates.numericDates("Tel 0121 303 4667").isEmpty());
    }
}
