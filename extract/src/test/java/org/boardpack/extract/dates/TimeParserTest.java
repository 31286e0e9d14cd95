package org.boardpack.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeParserTest {

    private final TimeParser times = new TimeParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            " at 1900.|19:00",
            " AT 19.00 IN THE VILLAGE HALL|19:00",
            "14.00, Tuesday|14:00",
            "2pm (1400)|14:00",
            "09.30 – 12.30|09:30",
            " at 1330|13:30",
            "1330 hours in Meeting Room 3|13:30",
            ": 1830|18:30",
            ", at 11:30am.|11:30",
            " at 8.00pm in the School|20:00",
            "Time: 6:30 p.m.|18:30",
            ", 4:30 P.M.|16:30"})
    void readsTheTimeATextStartsWith(String text, String time) {
        assertEquals(time, times.leading(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {" upon completion of the Annual Parish Meeting", "12.07.2017", "in the Hall at 7pm", "Item 12"})
    void readsNoTimeWhereTheTextDoesNotStartWithOne(String text) {
        assertTrue(times.leading(text).isEmpty(), text);
    }

    @Test
    void aBare24HourClockIsATimeOnlyWhereOneIsExpected() {
        assertTrue(times.find("Hertingfordbury School at 1900").isEmpty(), "find() asks for am/pm, hours or a colon");
        assertEquals("19:00", times.leading("at 1900").orElseThrow());
    }

    @Test
    void saysWhereTheTimeEnds() {
        TimeParser.Clock c = times.leadingClock(" at 8.00pm in the School").orElseThrow();
        assertEquals(" in the School", " at 8.00pm in the School".substring(c.end()));
    }
}
