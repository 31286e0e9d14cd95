package org.boardpack.corpus.html;

import java.util.List;

/**
 * A pack as flowing text rather than placed glyphs: the papers as sections, each starting on a new
 * page, for a word processor or browser to paginate. Written once per plan and serialised twice
 * ({@link HtmlWriter} for Chromium, {@link FodtWriter} for LibreOffice), so both producers print
 * the same words.
 *
 * @param title        the document title (metadata only)
 * @param footerTotal  whether the footer reads {@code Page N of M} (NHS) rather than {@code Page N} (council)
 * @param footerNote   a line printed above the page number on every page (a charity's registration), or null
 */
public record PackDocument(String title, boolean footerTotal, String footerNote, List<Section> sections) {

    public PackDocument {
        sections = List.copyOf(sections);
    }

    /** A paper or part of one: starts a new page; {@code runningHeader} (nullable) heads each of its pages. */
    public record Section(boolean landscape, String runningHeader, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section holds. */
    public sealed interface Block permits Para, Table {
    }

    public enum Align { LEFT, CENTRE }

    /**
     * A paragraph: text, point size, weight, alignment, left indent and space above in points.
     * {@code keepWithNext} keeps a heading on the page of what follows it.
     */
    public record Para(String text, double size, boolean bold, Align align, double indent, double spaceBefore,
                       boolean keepWithNext) implements Block {

        public static Para body(String text, double size) {
            return new Para(text, size, false, Align.LEFT, 0, 0, false);
        }

        public static Para bold(String text, double size) {
            return new Para(text, size, true, Align.LEFT, 0, 0, false);
        }

        public static Para centred(String text, double size, boolean bold) {
            return new Para(text, size, bold, Align.CENTRE, 0, 0, false);
        }

        public static Para heading(String text, double size) {
            return new Para(text, size, true, Align.LEFT, 0, 0, true);
        }

        public Para before(double points) {
            return new Para(text, size, bold, align, indent, points, keepWithNext);
        }

        public Para indented(double points) {
            return new Para(text, size, bold, align, points, spaceBefore, keepWithNext);
        }
    }

    /**
     * A table. {@code widths} are relative column widths; {@code header} (nullable) is repeated
     * on each page the table spans; {@code ruled} draws every cell border, otherwise none (the
     * council's name / role columns). {@code shadedHeader} greys the header cells. A ruled table is
     * a table to its reader, and answered as one; an unruled one only lays out columns of text.
     * {@code caption} repeats the caption paragraph printed above it ({@code Table 1: ...}), or is
     * null: the writers print the paragraph, the answers take the caption from here.
     */
    public record Table(double[] widths, Row header, List<Row> rows, boolean ruled, boolean shadedHeader,
                        double spaceBefore, String caption, boolean titleBlock) implements Block {

        public Table {
            widths = widths.clone();
            rows = List.copyOf(rows);
        }

        public static Table ruled(double[] widths, Row header, List<Row> rows) {
            return new Table(widths, header, rows, true, header != null, 0, null, false);
        }

        /**
         * A ruled label/value title block (a meeting's or cover sheet's {@code Date | …} rows): printed
         * as a ruled table, but no table to the annotation guide ("not label/value title blocks"), so
         * it has no table answer.
         */
        public static Table titleBlock(double[] widths, List<Row> rows) {
            return new Table(widths, null, rows, true, false, 0, null, true);
        }

        public static Table unruled(double[] widths, List<Row> rows) {
            return new Table(widths, null, rows, false, false, 0, null, false);
        }

        public Table before(double points) {
            return new Table(widths, header, rows, ruled, shadedHeader, points, caption, titleBlock);
        }

        public Table captioned(String text) {
            return new Table(widths, header, rows, ruled, shadedHeader, spaceBefore, text, titleBlock);
        }

        /** Each column's share of the table width, in percent. */
        public double[] percentages() {
            double total = java.util.Arrays.stream(widths).sum();
            return java.util.Arrays.stream(widths).map(w -> 100 * w / total).toArray();
        }
    }

    /**
     * A row: one cell per column. {@code joined} leaves out the rule above it, so several rows read
     * as one ruled row whose parts still line up across the columns (a minute's paragraphs level
     * with their action entries).
     */
    public record Row(List<Cell> cells, boolean joined) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells), false);
        }

        public Row asJoined() {
            return new Row(cells, true);
        }
    }

    /** A cell: paragraphs stacked top down. */
    public record Cell(List<Para> paras) {

        public Cell {
            paras = List.copyOf(paras);
        }

        public static Cell of(Para... paras) {
            return new Cell(List.of(paras));
        }

        public static Cell empty() {
            return new Cell(List.of());
        }
    }
}
