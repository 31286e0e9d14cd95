package org.boardpack.model.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDatesTest {

    @Test
    void aDayAMonthAndAYearStandForTheirFirstDay() {
        assertEquals(Optional.of(LocalDate.of(2020, 11, 11)), PartialDates.firstDay("2020-11-11"));
        assertEquals(Optional.of(LocalDate.of(2020, 11, 1)), PartialDates.firstDay("2020-11"));
        assertEquals(Optional.of(LocalDate.of(2004, 1, 1)), PartialDates.firstDay("2004"));
    }

    @Test
    void anythingElseIsNoDate() {
        assertEquals(Optional.empty(), PartialDates.firstDay(null));
        assertEquals(Optional.empty(), PartialDates.firstDay("2020-13"));
        assertEquals(Optional.empty(), PartialDates.firstDay("next March"));
    }
}
