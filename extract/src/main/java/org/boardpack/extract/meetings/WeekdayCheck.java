package org.boardpack.extract.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.boardpack.extract.dates.DateParser;
import org.boardpack.ingest.TextLine;

/**
 * A heading whose weekday does not fall on its date ({@code Date: Tuesday 4 April, 2016}, a
 * Monday) has one of them wrong. Where the page's head prints another date within the week that
 * the weekday does fall on ({@code Agenda, 5-4-16} in its running head), that date is the
 * meeting's; otherwise the date stands as printed, since nothing says which is wrong.
 */
final class WeekdayCheck {

    private static final int WITHIN_DAYS = 7;

    private final DateParser dates;

    WeekdayCheck(DateParser dates) {
        this.dates = dates;
    }

    HeaderReading checked(HeaderReading r, List<TextLine> head) {
        if (r.weekday() == null || r.weekday() == r.date().getDayOfWeek()) {
            return r;
        }
        List<LocalDate> borne = head.stream().flatMap(l -> dates.numericDates(l.text()).stream())
                .filter(d -> d.getDayOfWeek() == r.weekday() && Math.abs(ChronoUnit.DAYS.between(d, r.date())) <= WITHIN_DAYS)
                .distinct().toList();
        return borne.size() == 1 ? r.withDate(borne.getFirst()) : r;
    }
}
