package org.boardpack.extract.minutes;

import java.util.List;
import org.boardpack.extract.layout.LinePitch;

/** The items of one set of minutes in order, and the leading of its text (for paragraph breaks). */
public record Minutes(List<MinutesItem> items, LinePitch pitch) {

    public Minutes {
        items = List.copyOf(items);
    }
}
