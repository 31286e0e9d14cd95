package org.boardpack.corpus.charity;

import java.time.LocalTime;
import org.boardpack.corpus.Dates;

/** Times as charity papers print them: {@code 10.00 am}, and spans {@code 10.00 am – 12.30 pm}. */
public final class CharityClock {

    private CharityClock() {
    }

    public static String clock(LocalTime t) {
        return Dates.clock12(t, ".");
    }

    public static String span(LocalTime start, LocalTime end) {
        return clock(start) + " \u2013 " + clock(end);
    }
}
