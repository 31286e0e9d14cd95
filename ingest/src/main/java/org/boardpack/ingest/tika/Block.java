package org.boardpack.ingest.tika;

import java.util.List;

/** The structure of a word-processed document as Tika's XHTML gives it: paragraphs and tables. */
sealed interface Block permits Block.Paragraph, Block.Table {

    /** A paragraph or heading ({@code level} 1-6; 0 for body text) made of runs of text. */
    record Paragraph(List<Run> runs, int level) implements Block {
    }

    /** A run of text, bold or not. */
    record Run(String text, boolean bold) {
    }

    /** A table as the document defines it: rows of cells with their spans. */
    record Table(List<List<Cell>> rows) implements Block {
    }

    /** A cell's paragraphs (as runs, one list per paragraph) and how many columns and rows it spans. */
    record Cell(List<List<Run>> paragraphs, int colspan, int rowspan, boolean header) {
    }
}
