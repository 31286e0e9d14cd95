package org.boardpack.extract.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a paper's heading says of its meeting, before the page is weighed: the body's name as
 * printed (cleaned of the paper's words; empty when the heading names only the kind of meeting),
 * the date, the time and place where given, and how the heading speaks of the meeting.
 *
 * @param declared  the heading itself says the paper is the minutes, notes or agenda of a meeting
 *                  ({@code Minutes of the meeting of ...}, a summons, a {@code Minutes} title)
 * @param named     the heading names a meeting, not just a body and a date ({@code Meeting},
 *                  {@code Date of meeting}, a committee's name)
 * @param log       the heading is an action log's: kept for a meeting, not the meeting's own paper
 * @param lastLine  index of the heading's last line read, in the lines it was read from
 * @param weekday   the weekday printed with the date, or {@code null}
 * @param yearOnly  the heading gives only the date's year ({@link YearTitle}); {@code date} is then
 *                  that year's first day and the meeting's date is the year
 */
record HeaderReading(String body, LocalDate date, String time, String place, boolean declared, boolean named,
                     boolean log, int lastLine, DayOfWeek weekday, boolean yearOnly) {

    HeaderReading(String body, LocalDate date, String time, String place, boolean declared, boolean named,
                  boolean log, int lastLine, DayOfWeek weekday) {
        this(body, date, time, place, declared, named, log, lastLine, weekday, false);
    }

    HeaderReading(String body, LocalDate date, String time, String place, boolean declared, boolean named, int lastLine) {
        this(body, date, time, place, declared, named, false, lastLine, null, false);
    }

    HeaderReading withWeekday(DayOfWeek d) {
        return new HeaderReading(body, date, time, place, declared, named, log, lastLine, d, yearOnly);
    }

    HeaderReading withDate(LocalDate d) {
        return new HeaderReading(body, d, time, place, declared, named, log, lastLine, weekday, yearOnly);
    }

    HeaderReading withTime(String t) {
        return new HeaderReading(body, date, t, place, declared, named, log, lastLine, weekday, yearOnly);
    }

    HeaderReading withPlace(String p) {
        return new HeaderReading(body, date, time, p, declared, named, log, lastLine, weekday, yearOnly);
    }

    HeaderReading withBody(String b) {
        return new HeaderReading(b, date, time, place, declared, named, log, lastLine, weekday, yearOnly);
    }

    /** The meeting's date as the format writes it: ISO, or the year alone. */
    String isoDate() {
        return yearOnly ? String.valueOf(date.getYear()) : date.toString();
    }
}
