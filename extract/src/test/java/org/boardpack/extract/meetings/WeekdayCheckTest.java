package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.ingest.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeekdayCheckTest {

    @TempDir
    Path tmp;

    private PdfFixture heading(String runningHead) {
        return new PdfFixture()
                .text(448, 67, runningHead, 10, false)
                .text(207, 105, "Committee Meeting", 24, false)
                .text(110, 138, "Postgraduate Physics Students’ Society", 24, false)
                .text(92, 167, "Date: Tuesday 4 April, 2016")
                .text(92, 182, "Time: 2pm (1400)")
                .text(92, 198, "Location: Level 6 Reading Room")
                .text(92, 234, "1. Attendance", 14, false)
                .text(92, 306, "Cate not here, Innes not here, apologies were received from George");
    }

    @Test
    void aWeekdayThatMissesTheDateIsBorneOutByTheRunningHeadsDate() throws Exception {
        ParsedDocument doc = heading("Agenda, 5-4-16").ingest(tmp, "minutes.pdf");
        assertEquals("2016-04-05", Headings.meeting(doc, 1).orElseThrow().date(), "4 April 2016 was a Monday");
    }

    @Test
    void aRunningHeadOverEveryPageStillBearsTheDateOutThoughTheHeadingIsReadUnderIt() throws Exception {
        PdfFixture pdf = heading("Agenda, 5-4-16");
        for (int p = 2; p <= 3; p++) {
            pdf.newPage().text(448, 67, "Agenda, " + (p + 3) + "-4-16", 10, false).text(92, 105, p + ". Any other business");
        }
        ParsedDocument doc = pdf.ingest(tmp, "minutes.pdf");
        assertEquals("2016-04-05", Headings.meeting(doc, 1).orElseThrow().date());
    }

    @Test
    void withNothingToBearItOutTheDateStandsAsPrinted() throws Exception {
        ParsedDocument doc = heading("Agenda").ingest(tmp, "minutes.pdf");
        assertEquals("2016-04-04", Headings.meeting(doc, 1).orElseThrow().date());
    }
}
