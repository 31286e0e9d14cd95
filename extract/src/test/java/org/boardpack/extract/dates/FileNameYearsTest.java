package org.boardpack.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNameYearsTest {

    @Test
    void isoDateInTheName() {
        assertEquals(Set.of(2024), FileNameYears.of(Path.of("packs/css-minutes-2024-09-24.pdf")));
    }

    @Test
    void compactDateInTheName() {
        assertEquals(Set.of(2008), FileNameYears.of(Path.of("minutes-20080109.pdf")));
    }

    @Test
    void dayFirstDateInTheName() {
        assertEquals(Set.of(2019), FileNameYears.of(Path.of("Minutes 24.09.2019.pdf")));
    }

    @Test
    void yearsInFoldersAndOtherNumbersAreNotTheNames() {
        assertEquals(Set.of(), FileNameYears.of(Path.of("2019/minutes-item-12345.pdf")));
        assertEquals(Set.of(), FileNameYears.of(Path.of("board-paper-3020.pdf")));
    }

    @Test
    void severalYearsInOrder() {
        assertEquals(List.of(2019, 2020), List.copyOf(FileNameYears.of(Path.of("annual-report-2019-2020.pdf"))));
    }
}
