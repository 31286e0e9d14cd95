package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.model.tables.Table;

/**
 * The table answers of a pack as another producer prints it: every ruled table of the document
 * (unruled ones only lay out columns of text, as the PDFBox renderers print those without a
 * table; label/value title blocks are no tables to the annotation guide), cells as a reader
 * copies them, and the anchors that find their pages. Rows joined to the row above (no rule between them) are one row to a reader, so their cells are joined too;
 * word processors and browsers here do not hyphenate, so cell text is the paragraphs' own.
 *
 * <p>The pages and frame are the PDFBox pack's, for the same tables in the same order; the
 * {@link AnswerRepaginator} moves them onto the producer's pages and drops the frame.
 */
record DocumentTables(List<Table> tables, List<Anchor> anchors) {

    /** Words at the end of a table that anchor its last page: enough to be unique, few enough to sit on one page. */
    private static final int END_WORDS = 8;

    DocumentTables {
        tables = List.copyOf(tables);
        anchors = List.copyOf(anchors);
    }

    /**
     * @param pdfbox the PDFBox pack's table answers, which must be the same tables in the same order
     * @throws IllegalStateException when the document prints other tables than the PDFBox pack drew
     */
    static DocumentTables of(PackDocument doc, List<Table> pdfbox) {
        List<Table> tables = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        for (Section s : doc.sections()) {
            for (Block b : s.blocks()) {
                if (!(b instanceof PackDocument.Table t) || !t.ruled() || t.titleBlock()) {
                    continue;
                }
                int i = tables.size();
                if (i >= pdfbox.size()) {
                    throw new IllegalStateException("the document prints more tables than the PDFBox pack drew ("
                            + pdfbox.size() + ")");
                }
                Table drawn = pdfbox.get(i);
                Table printed = new Table(drawn.page(), t.caption(), drawn.bbox(), t.header() == null ? 0 : 1,
                        rows(t), drawn.lastPage());
                if (printed.headerRows() != drawn.headerRows() || printed.rows().size() != drawn.rows().size()) {
                    throw new IllegalStateException("table #" + i + " has other rows in the document than in the "
                            + "PDFBox pack: " + printed.rows().get(0) + " / " + drawn.rows().get(0));
                }
                tables.add(printed);
                Row first = t.header() != null ? t.header() : t.rows().get(0);
                anchors.add(new Anchor(Target.TABLE, i, String.join(" ", texts(first))));
                anchors.add(new Anchor(Target.TABLE_END, i, ending(t.rows().get(t.rows().size() - 1))));
            }
        }
        if (tables.size() != pdfbox.size()) {
            throw new IllegalStateException("the document prints " + tables.size() + " tables, the PDFBox pack drew "
                    + pdfbox.size());
        }
        return new DocumentTables(tables, anchors);
    }

    private static List<List<String>> rows(PackDocument.Table t) {
        List<List<String>> rows = new ArrayList<>();
        if (t.header() != null) {
            rows.add(texts(t.header()));
        }
        for (Row r : t.rows()) {
            List<String> cells = texts(r);
            if (r.joined() && rows.size() > (t.header() == null ? 0 : 1)) {
                rows.set(rows.size() - 1, join(rows.get(rows.size() - 1), cells));
            } else {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> join(List<String> above, List<String> below) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < above.size(); c++) {
            out.add((above.get(c) + " " + below.get(c)).strip());
        }
        return out;
    }

    private static List<String> texts(Row r) {
        return r.cells().stream().map(DocumentTables::text).toList();
    }

    private static String text(Cell c) {
        return c.paras().stream().map(Para::text).map(s -> s.replaceAll("\\s+", " ").strip())
                .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * The last words of the fullest cell of the table's last printed row: a producer prints a
     * cell's words together and the fullest cell ends lowest, so they sit on the table's last page
     * even when that row breaks across pages.
     */
    private static String ending(Row last) {
        String cell = texts(last).stream().max(Comparator.comparingInt(String::length)).orElse("");
        String[] words = cell.split(" ");
        return String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - END_WORDS), words.length));
    }
}
