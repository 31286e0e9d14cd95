package org.boardpack.extract.minutes;

import java.util.List;
import org.boardpack.extract.layout.LinePitch;
import org.boardpack.extract.text.Vocabulary;

/**
 * The items of one set of minutes in order, the leading of its text (for paragraph breaks) and the
 * words of the document they were read from (for joining lines broken with a hyphen).
 */
public record Minutes(List<MinutesItem> items, LinePitch pitch, Vocabulary vocabulary) {

    public Minutes {
        items = List.copyOf(items);
    }
}
