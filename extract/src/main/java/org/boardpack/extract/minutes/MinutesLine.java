package org.boardpack.extract.minutes;

import org.boardpack.ingest.TextLine;

/** One line of a minutes item's column (its discussion or its action column), with its page. */
public record MinutesLine(int page, TextLine line) {

    public String text() {
        return line.text().strip();
    }
}
