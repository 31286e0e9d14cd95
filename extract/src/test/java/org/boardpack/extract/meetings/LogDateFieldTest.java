package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action log titled without a date and dated by a field under its title ({@code Updated:},
 * {@code As at:}): it is kept for the meeting of that date (annotation guide, Meetings). The same
 * field under any other title dates the paper, not a meeting.
 */
class LogDateFieldTest {

    private final TitleBlock block = new TitleBlock(Headings.DATES, Headings.TIMES);

    @TempDir
    Path tmp;

    @Test
    void anUpdatedFieldUnderALogsTitleDatesItsMeeting() throws Exception {
        HeaderReading r = block.read(Headings.lines(new PdfFixture()
                .text(60, 60, "Trust Board (Public) – Action Log", 14, true)
                .text(60, 80, "Updated: 2 February 2024", 10, false)
                .text(60, 110, "Ref", 9, true), tmp)).orElseThrow();
        assertEquals("2024-02-02", r.date().toString());
        assertTrue(r.body().startsWith("Trust Board"), r.body());
        assertTrue(r.log());
    }

    @Test
    void anUpdatedFieldUnderAReportsTitleIsNoMeetingDate() throws Exception {
        assertTrue(block.read(Headings.lines(new PdfFixture()
                .text(60, 60, "Quality Committee – Safeguarding Report", 14, true)
                .text(60, 80, "Updated: 2 February 2024", 10, false), tmp)).isEmpty());
    }
}
