package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadingTailTest {

    private final TitleBlock block = new TitleBlock(Headings.DATES, Headings.TIMES);
    private final HeadingTail tail = new HeadingTail(Headings.TIMES);

    @TempDir
    Path tmp;

    private HeaderReading read(PdfFixture page) throws Exception {
        var lines = Headings.lines(page, tmp);
        return tail.complete(block.read(lines).orElseThrow(), lines);
    }

    @Test
    void aTimeLineThenAPlaceLine() throws Exception {
        HeaderReading r = read(new PdfFixture()
                .text(200, 60, "CPV Partnership Board Minutes", 16, true)
                .text(200, 80, "Wednesday 4th January 2023", 12, false)
                .text(200, 96, "Time: 16:00hrs", 12, false)
                .text(200, 112, "Via Microsoft Teams", 12, false)
                .text(60, 150, "MEMBERS", 12, true));
        assertEquals("16:00", r.time());
        assertEquals("Microsoft Teams", r.place());
    }

    @Test
    void aLetterheadInLargerTypeUnderARunningHeaderIsNoPlace() throws Exception {
        HeaderReading r = read(new PdfFixture()
                .text(72, 40, "Audit and Risk Committee – 21 May 2024 – Minutes", 9, false)
                .text(72, 60, "Brookfield Housing Association", 14, true)
                .text(72, 80, "Audit and Risk Committee – Minutes", 13, true));
        assertEquals("2024-05-21", r.date().toString());
        assertEquals(null, r.place());
    }

    @Test
    void theHoursAndPlaceRunOnFromTheDateLine() throws Exception {
        HeaderReading r = read(new PdfFixture()
                .text(90, 120, "CABINET COMMITTEE – GROUP COMPANY GOVERNANCE", 14, true)
                .text(323, 152, "Tuesday 18 September 2018 at 1330", 12, true)
                .text(323, 166, "hours in Meeting Room 329, Council", 12, true)
                .text(323, 180, "House, Victoria Square, Springfield", 12, true)
                .text(106, 210, "Attendance:", 12, true));
        assertEquals("13:30", r.time());
        assertEquals("Meeting Room 329, Council House, Victoria Square, Springfield", r.place());
    }

    @Test
    void theSessionOrStatusUnderTheDateIsNoPlace() throws Exception {
        HeaderReading r = read(new PdfFixture()
                .text(200, 60, "Finance Committee", 16, true)
                .text(200, 80, "Tuesday 5 May 2020", 12, false)
                .text(200, 96, "Public Session", 12, false)
                .text(60, 130, "1. Apologies", 12, true));
        assertNull(r.place());
    }
}
