package org.boardpack.ingest.tables;

import java.util.List;

/**
 * A two-column label/value block laid out as a grid, which the annotation guide counts as no data
 * table, ruled or not: short labels on the left, no header row over both columns, and values that
 * are mostly words ("Meeting title | Trust Board", "Report author | Director of Finance", "Date of
 * meeting | 12 May 2021"; a members list with roles or initials; numbered paragraphs). Cover
 * sheets and the heads of agendas print these as ruled word-processor tables or set them out by
 * whitespace. One rule for both readers: the stream reader asks it of unruled rows before it makes
 * a table ({@link StreamTableCheck}); a ruled grid is still found, because other readers use it as
 * a grid (a cover sheet's date), and the rule is asked where table records are made.
 */
public final class TitleBlocks {

    /** Words a label of a title block holds at most ("Name of the responsible director"). */
    static final int LABEL_WORDS = 6;

    private TitleBlocks() {
    }

    /** Whether the table is a label/value title block rather than a data grid. */
    public static boolean labelValueBlock(DetectedTable table) {
        return table.columns() == 2 && labelValue(table.rows(), table.headerRows());
    }

    /**
     * Whether two columns of cells, the first {@code headerRows} of them headers, are labels with
     * their values. A two-column grid heads both its columns ("Councillor | Allowance") or carries
     * figures as its values ("Legal fees | £950"); amounts as labels, or running text in half the
     * first column, are no labels; a number in the label column is a paragraph number unless it is an amount.
     */
    static boolean labelValue(List<List<String>> rows, int headerRows) {
        if (rows.size() < 2 || rows.stream().anyMatch(r -> r.size() != 2)) {
            return false;
        }
        // a header row over both columns makes a two-column grid, unless the labels are set with
        // colons ("Report title:", "SRO:"): a form's first row set in bold ("Meeting title | Trust
        // Board") is its first label, not a heading
        boolean headed = rows.subList(0, Math.min(headerRows, rows.size())).stream()
                .anyMatch(r -> !r.get(0).isBlank() && !r.get(1).isBlank());
        long colons = rows.stream().filter(r -> r.get(0).strip().endsWith(":")).count();
        if (headed && colons * 2 < rows.size()) {
            return false;
        }
        int values = 0;
        int figures = 0;
        int longLabels = 0;
        for (List<String> row : rows) {
            String label = row.get(0).strip();
            if (Figures.amount(label)) {
                return false; // amounts in the first column: not labels
            }
            longLabels += label.split("\\s+").length > LABEL_WORDS ? 1 : 0;
            if (!row.get(1).isBlank()) {
                values++;
                figures += Figures.figure(row.get(1)) ? 1 : 0;
            }
        }
        // running text in half the first column is no labels (a name with a long role may run over);
        // a date or a time among the values is a title block's; a column mostly of figures is data
        return longLabels * 2 < rows.size() && values > 0 && figures * 2 < values;
    }
}
