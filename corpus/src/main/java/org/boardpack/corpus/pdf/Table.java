package org.boardpack.corpus.pdf;

import java.util.Arrays;
import java.util.List;

/** Value types of a ruled table, kept apart from the drawing code. */
public final class Table {

    private Table() {
    }

    /** A paragraph inside a cell; an empty text is a blank line. */
    public record Para(String text, Style style, float indent) {
        public Para(String text, Style style) {
            this(text, style, 0f);
        }
    }

    /**
     * A horizontal slice of a row that is never split across pages: one list of paragraphs per
     * column. Rows are made of bands so a long minutes item can break between its paragraphs while
     * an action entry stays level with the paragraph it belongs to.
     */
    public record Band(List<List<Para>> cells) {
        @SafeVarargs
        public static Band of(List<Para>... cells) {
            return new Band(Arrays.asList(cells));
        }
    }

    public record Row(List<Band> bands) {
        public static Row of(Band... bands) {
            return new Row(List.of(bands));
        }
    }

    /** Where the table goes: left edge, column widths, cell padding, header band and whether it repeats on each page. */
    public record Layout(float x, float[] widths, float pad, Band header, boolean repeatHeader) {

        /** The width a paragraph of column {@code column} wraps in: the column less padding and indent. */
        public float textWidth(int column, Para p) {
            return widths[column] - 2 * pad - p.indent();
        }

        /** The table's width, from its left edge to the right edge of its last column. */
        public float width() {
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            return total;
        }
    }
}
