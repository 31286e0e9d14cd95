package org.boardpack.extract.decisions;

/**
 * One decision's text as it grows from an item's paragraphs (a label's paragraph, the list it
 * introduces, the lines that finish its sentence), the paragraph it starts in, and the stem or
 * sentence it is read with ({@code context}), if any.
 */
record DecisionEntry(int paragraph, StringBuilder text, String context) {

    DecisionEntry(int paragraph, StringBuilder text) {
        this(paragraph, text, null);
    }
}
