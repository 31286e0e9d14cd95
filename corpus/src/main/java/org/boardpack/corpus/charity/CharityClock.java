package org.boardpack.corpus.charity;

import java.time.LocalTime;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;

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

    /** The span, or {@code 14.00 – 16.30} under {@link Variation#TIME_DOTTED_SPAN}. */
    static String span(LocalTime start, LocalTime end, Variations variations) {
        return variations.has(Variation.TIME_DOTTED_SPAN)
                ? Dates.dotted24(start) + " \u2013 " + Dates.dotted24(end) : span(start, end);
    }
}
