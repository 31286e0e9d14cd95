package org.boardpack.index;

/**
 * CSV cells made safe to open in a spreadsheet (OWASP's rule against CSV injection): a cell whose
 * text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be
 * read as a formula, so a paper whose action reads {@code =HYPERLINK(…)} could run in the reader's
 * spreadsheet; such a cell is written with a leading {@code '}, which spreadsheets show as text and
 * do not display. Every CSV the project writes passes its cells through here unless the user asked
 * for the raw bytes ({@code --csv-raw}). JSON is never changed.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code cell}, with a leading {@code '} when it would start a formula; {@code null} stays {@code null}. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /** {@link #safe} unless {@code raw}: the one switch every CSV writer takes from {@code --csv-raw}. */
    public static String cell(String cell, boolean raw) {
        return raw ? cell : safe(cell);
    }
}
