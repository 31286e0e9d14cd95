package org.boardpack.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
