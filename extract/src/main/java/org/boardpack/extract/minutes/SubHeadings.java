package org.boardpack.extract.minutes;

import java.util.List;

/**
 * Whether a numbered line inside an item heads a part of it. A dotted sub-number ({@code 97.1
 * Crossings and Greens:}) does when its label is bold or in larger type than the text, or when it is a short title alone on its
 * line with the item's text nested under it (indented, however little, or numbered
 * {@code 97.1.1}); otherwise it numbers a paragraph ({@code 97.3 It was RESOLVED to …}). A lettered
 * line ({@code (a) Current Applications}) does when it is capitalised and bold, or short with text
 * nested under it; with its text beside or level with it, it is a lettered paragraph.
 */
final class SubHeadings {

    /** Words a sub-heading standing alone may have, and one ending with a full stop. */
    private static final int SUB_TITLE_WORDS = 6;
    private static final int SUB_TITLE_WORDS_STOPPED = 4;
    /** Words a bold sub-heading label or a lettered sub-heading may have. */
    private static final int LABEL_WORDS = 8;
    /** Points by which text under a heading line stands right of its number to be nested under it. */
    private static final float NESTED_INDENT = 1f;

    private SubHeadings() {
    }

    /** A dotted sub-number that heads a part of the item rather than numbering a paragraph. */
    static boolean isSubHeading(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                float tol, boolean largerType) {
        if (largerType && nl.titleWords() <= LABEL_WORDS) {
            return true;
        }
        if (nl.titleBold()) {
            return labelWords(nl) <= LABEL_WORDS;
        }
        String last = nl.title().getLast().text();
        int words = nl.titleWords();
        boolean shortTitle = last.endsWith(".") ? words <= SUB_TITLE_WORDS_STOPPED : words <= SUB_TITLE_WORDS;
        return shortTitle && !last.endsWith(";") && !last.endsWith(",") && nestedBelow(nl, lines, numbered, i, tol);
    }

    /**
     * A lettered line heading a part of an item: capitalised, and bold or short with text nested
     * under it. A plain lettered line with its text beside or level with it is a lettered paragraph.
     */
    static boolean isLetterHeading(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                           float tol) {
        // a title, not an initial or a key's letter ("B. | G. (a little off the map)")
        boolean initial = nl.number().level() == ItemNumber.Level.LETTER && HeadingFinder.isInitial(nl.title().getFirst().text());
        if (!nl.titleCapitalised() || initial) {
            return false;
        }
        boolean wholeBold = nl.title().stream().allMatch(w -> w.bold());
        return wholeBold || nl.titleWords() <= LABEL_WORDS && nestedBelow(nl, lines, numbered, i, tol);
    }

    /** Words of the bold label a line opens with. */
    private static int labelWords(NumberedLine nl) {
        int k = 0;
        while (k < nl.title().size() && nl.title().get(k).bold()) {
            k++;
        }
        return k;
    }

    /**
     * Whether the line after a short heading line is its content: a deeper number of it, or text
     * indented beyond the heading's number, however little (not the next heading, a sibling, or text out at the
     * margin that closes the minutes).
     */
    private static boolean nestedBelow(NumberedLine nl, List<HeadingFinder.Line> lines, List<NumberedLine> numbered, int i,
                                       float tol) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        NumberedLine next = numbered.get(i + 1);
        if (next != null) {
            return next.number().isSubOf(nl.number().printed())
                    || next.number().level() == ItemNumber.Level.LETTER && nl.number().level() != ItemNumber.Level.LETTER;
        }
        return lines.get(i + 1).line().x0() > nl.x0() + NESTED_INDENT;
    }
}
