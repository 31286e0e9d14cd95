package org.boardpack.extract.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.boardpack.extract.layout.RowRules;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.PageTableSource;

/**
 * Action logs set without a ruled grid — columns held apart by whitespace, rows by space or a
 * light rule between them — which no ruled-table detector sees. The header row is found by what
 * it says ({@link UnruledLogHeader}). Each
 * column opens at the emptiest vertical strip between its heading and the one before, so a
 * heading set centred over its text still finds the gutter. A row starts at a line with text in
 * the key column (the reference, else the date raised, else the first column); lines with nothing
 * there carry on the row above. The table ends at a gap wider than rows are ever set apart, at
 * a new header, or at the last line of the page — then it carries on at the top of the next
 * page under the same header repeated, or without one when it ran down to the foot of its page.
 */
final class UnruledLogReader {

    /** Lines further apart than this many line pitches are in different rows (or row padding). */
    private static final float ROW_GAP = 1.35f;
    /** Lines further apart than this many line pitches are not in the same table. */
    private static final float END_GAP = 3.5f;
    /** How many lines after the header are measured for the line pitch. */
    private static final int PITCH_SAMPLE = 40;
    /** How far down its page (a fraction of the height) a table must run to go on over the page. */
    private static final float FOOT = 0.8f;
    /** The step in points at which the gutter between two columns is searched. */
    private static final float SCAN = 0.5f;


    /** The rows of one log as they are gathered, page after page. */
    private static final class Table {
        final UnruledLogHeader columns;
        final List<List<String>> rows = new ArrayList<>();
        final List<Integer> pages = new ArrayList<>();
        float[] lefts;
        /** The page the log's header is on, and the header's top there. */
        int startPage;
        float top;

        Table(UnruledLogHeader columns) {
            this.columns = columns;
        }

        LogRows rows() {
            return new LogRows(columns.header(), rows, pages, startPage, top);
        }
    }

    /**
     * Adds a log's rows, unless they are minutes set as a table under a log-like header
     * ({@link MinutesShape}): those are the minutes' own, read once, as minutes.
     */
    private static void keep(List<LogRows> out, Table table) {
        List<String> headings = table.columns.headings().stream().map(UnruledLogHeader.Heading::text).toList();
        if (!MinutesShape.of(table.columns.header(), headings, table.rows)) {
            out.add(table.rows());
        }
    }

    /**
     * @param tables the document's tables, found once for every extractor
     * @param roles  the roles of headings read so far in this document
     */
    List<LogRows> read(ParsedDocument doc, PageTableSource tables, HeadingRoles roles) {
        List<LogRows> out = new ArrayList<>();
        Table carried = null; // a table that ran to the last line of the previous page
        boolean carriedToFoot = false;
        for (Page page : doc.pages()) {
            List<TextLine> lines = freeLines(page, tables);
            int i = 0;
            Table table = null;
            if (carried != null) {
                Optional<UnruledLogHeader> repeated = lines.isEmpty() ? Optional.empty()
                        : UnruledLogHeader.at(page, lines, 0, roles);
                if (repeated.isPresent() && repeated.get().sameColumns(carried.columns)) {
                    table = carried;
                    table.lefts = null; // measured again under the repeated header
                    i = repeated.get().lines();
                } else if (repeated.isEmpty() && carriedToFoot && !lines.isEmpty()) {
                    table = carried;
                } else {
                    keep(out, carried);
                }
            }
            carried = null;
            while (i < lines.size()) {
                if (table == null) {
                    Optional<UnruledLogHeader> header = UnruledLogHeader.at(page, lines, i, roles);
                    if (header.isEmpty()) {
                        i++;
                        continue;
                    }
                    table = new Table(header.get());
                    table.startPage = page.number();
                    table.top = lines.get(i).top();
                    i += header.get().lines();
                }
                int end = bodyEnd(page, lines, i, roles);
                end = i + add(table, page, lines.subList(i, end));
                if (end == lines.size()) {
                    carried = table;
                    carriedToFoot = end > i && atFoot(page, lines.get(end - 1));
                } else {
                    keep(out, table);
                }
                table = null;
                i = end;
            }
        }
        if (carried != null) {
            keep(out, carried);
        }
        out.removeIf(t -> t.rows().isEmpty());
        return out;
    }

    /** The page's body lines that no ruled table holds: those are read as tables already. */
    private static List<TextLine> freeLines(Page page, PageTableSource tables) {
        List<DetectedTable> ruled = tables.onPage(page).stream().filter(t -> "lattice".equals(t.method())).toList();
        return page.bodyLines().stream().filter(l -> ruled.stream().noneMatch(t -> inside(t, l))).toList();
    }

    private static boolean inside(DetectedTable t, TextLine l) {
        float midY = (l.top() + l.bottom()) / 2;
        float midX = (l.x0() + l.x1()) / 2;
        return midY >= t.top() && midY <= t.bottom() && midX >= t.x0() && midX <= t.x1();
    }

    /** Where the table that starts at line {@code start} ends (exclusive). */
    private static int bodyEnd(Page page, List<TextLine> lines, int start, HeadingRoles roles) {
        float pitch = pitch(lines, start);
        for (int j = start; j < lines.size(); j++) {
            boolean far = j > start && lines.get(j).top() - lines.get(j - 1).top() > END_GAP * pitch;
            if (far || UnruledLogHeader.at(page, lines, j, roles).isPresent()) {
                return j;
            }
        }
        return lines.size();
    }

    /**
     * The distance from one line to the next inside a cell: the lower quartile of the steps
     * between successive lines (row breaks are wider). Font sizes are no guide, since producers
     * report them in different units; line heights are.
     */
    static float pitch(List<TextLine> lines, int start) {
        List<Float> steps = new ArrayList<>();
        for (int j = start + 1; j < Math.min(lines.size(), start + PITCH_SAMPLE); j++) {
            float step = lines.get(j).top() - lines.get(j - 1).top();
            if (step > 0.5f * height(lines.get(j))) {
                steps.add(step);
            }
        }
        if (steps.isEmpty()) {
            return start < lines.size() ? 2f * height(lines.get(start)) : Float.MAX_VALUE;
        }
        steps.sort(null);
        return steps.get(steps.size() / 4);
    }

    private static float height(TextLine line) {
        return line.bottom() - line.top();
    }

    /**
     * A table that ends this low on its page may go on at the top of the next one without its
     * header; one that stops short of the foot has ended.
     */
    private static boolean atFoot(Page page, TextLine last) {
        return last.bottom() >= FOOT * page.height();
    }

    /**
     * Cuts the body lines of one page into rows and cells and adds them to the table, up to the
     * first line with a word across a gutter: text that does not keep to the columns (the prose
     * after the table) is not part of it.
     *
     * @return how many of the lines were taken
     */
    private static int add(Table table, Page page, List<TextLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        if (table.lefts == null) {
            table.lefts = ColumnGutters.lefts(table.columns.headings().stream()
                    .map(h -> new float[] {h.x0(), h.x1()})
                    .toList(), lines.stream().flatMap(l -> l.words().stream()).toList(), SCAN);
        }
        int taken = 0;
        while (taken < lines.size() && !ColumnGutters.crosses(lines.get(taken), table.lefts)) {
            taken++;
        }
        List<TextLine> body = lines.subList(0, taken);
        float pitch = pitch(body, 0);
        int columns = table.columns.headings().size();
        int key = table.columns.key();
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (List<TextLine> block : blocks(page, body, pitch)) {
            List<String[]> cells = block.stream().map(l -> cells(l, table.lefts, columns)).toList();
            boolean keyed = cells.stream().anyMatch(c -> isKey(c[key], table.columns.keyIsNumbered()));
            if (!keyed) {
                // a cell taller than its row's key, or the rest of a row broken by the page
                if (rows.isEmpty()) {
                    rows.add(emptyRow(columns));
                }
                cells.forEach(c -> append(rows.getLast(), c));
                continue;
            }
            // lines above the first key are its row's (a cell set in the middle of its row)
            boolean seenKey = false;
            for (int j = 0; j < cells.size(); j++) {
                boolean isKey = isKey(cells.get(j)[key], table.columns.keyIsNumbered());
                boolean wrappedKey = j > 0 && !cells.get(j - 1)[key].isBlank();
                if (j == 0 || isKey && seenKey && !wrappedKey) {
                    rows.add(emptyRow(columns));
                }
                seenKey |= isKey;
                append(rows.getLast(), cells.get(j));
            }
        }
        for (List<StringBuilder> row : rows) {
            table.rows.add(row.stream().map(StringBuilder::toString).toList());
            table.pages.add(page.number());
        }
        return taken;
    }

    /** Lines grouped by the space (or a rule) that sets rows apart. */
    private static List<List<TextLine>> blocks(Page page, List<TextLine> body, float pitch) {
        List<List<TextLine>> out = new ArrayList<>();
        TextLine previous = null;
        for (TextLine line : body) {
            if (previous == null || line.top() - previous.top() > ROW_GAP * pitch || RowRules.ruledBetween(page, previous, line)) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(line);
            previous = line;
        }
        return out;
    }

    private static void append(List<StringBuilder> row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            append(row.get(c), cells[c]);
        }
    }

    private static boolean isKey(String cell, boolean needsDigit) {
        return !cell.isBlank() && (!needsDigit || cell.chars().anyMatch(Character::isDigit));
    }

    private static String[] cells(TextLine line, float[] lefts, int columns) {
        String[] out = new String[columns];
        java.util.Arrays.fill(out, "");
        for (Word w : line.words()) {
            float mid = (w.x0() + w.x1()) / 2;
            int c = 0;
            for (int k = 1; k < columns; k++) {
                if (mid >= lefts[k]) {
                    c = k;
                }
            }
            out[c] = out[c].isEmpty() ? w.text() : out[c] + " " + w.text();
        }
        return out;
    }

    private static List<StringBuilder> emptyRow(int columns) {
        List<StringBuilder> row = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            row.add(new StringBuilder());
        }
        return row;
    }

    /** Lines of a cell joined with a space; a word broken at a hyphen stays joined to its rest. */
    private static void append(StringBuilder cell, String line) {
        WrappedText.append(cell, line);
    }
}
