package org.boardpack.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;

/**
 * The cells of a drawn table as a reader copies them out: one row per drawn row (its bands are
 * slices of one ruled row, not rows of their own), the header once however often it is repeated,
 * each cell's paragraphs joined with a space and each paragraph as {@link TextWrap#printed} gives
 * it, so a word hyphenated at a line end reads as printed.
 */
final class TableTranscript {

    private TableTranscript() {
    }

    static List<List<String>> rows(Layout layout, List<Row> rows, boolean hyphenate) {
        List<List<String>> out = new ArrayList<>();
        if (layout.header() != null) {
            out.add(cells(layout, List.of(layout.header()), hyphenate));
        }
        for (Row row : rows) {
            out.add(cells(layout, row.bands(), hyphenate));
        }
        return List.copyOf(out);
    }

    private static List<String> cells(Layout layout, List<Band> bands, boolean hyphenate) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < layout.widths().length; c++) {
            StringBuilder cell = new StringBuilder();
            for (Band band : bands) {
                if (c >= band.cells().size()) {
                    continue;
                }
                for (Para p : band.cells().get(c)) {
                    String text = TextWrap.printed(p.text(), p.style(), layout.textWidth(c, p), hyphenate);
                    if (!text.isEmpty()) {
                        cell.append(cell.isEmpty() ? "" : " ").append(text);
                    }
                }
            }
            cells.add(cell.toString());
        }
        return List.copyOf(cells);
    }
}
