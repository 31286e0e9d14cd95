package org.boardpack.ingest.tables;

import java.util.List;

/**
 * How many leading rows of a stream table are headers: leading bold rows above a body that is not
 * bold, or leading rows of words above a body of figures. Zero when neither signal is clear: a
 * wrong header count misleads more than a missing one.
 */
final class HeaderRowGuesser {

    static final int MAX_HEADER_ROWS = 3;

    int guess(List<StreamRow> rows) {
        int bold = 0;
        while (bold < rows.size() && bold < MAX_HEADER_ROWS && rows.get(bold).bold()) {
            bold++;
        }
        if (bold > 0 && bold < rows.size() && rows.stream().skip(bold).noneMatch(StreamRow::bold)) {
            return bold;
        }
        int words = 0;
        while (words < rows.size() && words < MAX_HEADER_ROWS && !hasNumber(rows.get(words))) {
            words++;
        }
        if (words == 0 || words == rows.size() || words > 2) {
            return 0;
        }
        List<StreamRow> body = rows.subList(words, rows.size());
        long numeric = body.stream().filter(HeaderRowGuesser::hasNumber).count();
        return numeric * 10 >= body.size() * 7 ? words : 0;
    }

    static boolean hasNumber(StreamRow row) {
        return row.cells().stream().anyMatch(HeaderRowGuesser::numeric);
    }

    static boolean numeric(String cell) {
        return Figures.figure(cell);
    }
}
