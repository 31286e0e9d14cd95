package org.boardpack.ingest.tables;

import java.util.List;

/**
 * A label/value title block laid out as a grid: two columns, short labels on the left, no header
 * row over both columns, and values that are mostly words ("Meeting title | Trust Board",
 * "Report author | Director of Finance", "Date of meeting | 12 May 2021"). Cover sheets and the
 * heads of agendas print these as ruled word-processor tables; the annotation guide counts them,
 * ruled or not, as no data table. The stream reader asks the same of unruled rows before it makes a
 * table ({@link StreamTableCheck#labelValueList}); a ruled grid is still found, because other readers
 * use it as a grid (a cover sheet's date), and this test is asked where table records are made.
 */
public final class TitleBlocks {

    /** Words a label of a title block holds at most ("Name of the responsible director"). */
    static final int LABEL_WORDS = 6;

    private TitleBlocks() {
    }

    /** Whether the table is a label/value title block rather than a data grid. */
    public static boolean labelValueBlock(DetectedTable table) {
        List<List<String>> rows = table.rows();
        if (table.columns() != 2 || rows.size() < 2) {
            return false;
        }
        // a header row over both columns ("Councillor | Allowance") makes a two-column grid, unless
        // the labels are set with colons ("Report title:", "SRO:"): a form's first row set in bold
        // ("Meeting title | Trust Board") is its first label, not a heading
        boolean headed = rows.subList(0, Math.min(table.headerRows(), rows.size())).stream()
                .anyMatch(r -> !r.get(0).isBlank() && !r.get(1).isBlank());
        long colons = rows.stream().filter(r -> r.get(0).strip().endsWith(":")).count();
        if (headed && colons * 2 < rows.size()) {
            return false;
        }
        int values = 0;
        int figures = 0;
        for (List<String> row : rows) {
            String label = row.get(0).strip();
            if (Figures.amount(label) || label.split("\\s+").length > LABEL_WORDS) {
                return false; // amounts in the first column, or running text: not labels
            }
            if (!row.get(1).isBlank()) {
                values++;
                figures += Figures.figure(row.get(1)) ? 1 : 0;
            }
        }
        // a date or a time among the values is a title block's; a column mostly of figures is data
        return values > 0 && figures * 2 < values;
    }
}
