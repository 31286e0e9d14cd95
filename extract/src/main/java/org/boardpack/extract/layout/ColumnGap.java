package org.boardpack.extract.layout;

/**
 * The gap between two columns of a line (table cells, a label and its value, names set in
 * columns), in ems of the line's printed type: wider than any word space, even a justified line's.
 * One home for the measure, so that every reader splits a line into the same columns.
 */
public final class ColumnGap {

    /** A column gap is wider than this many ems of the type. */
    public static final float EMS = 1.5f;

    private ColumnGap() {
    }
}
