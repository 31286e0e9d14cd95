package org.boardpack.ingest.tables;

import java.util.List;
import org.boardpack.ingest.TextLine;

/** A block of consecutive lines that reads as one stream table, with the columns its whitespace shows. */
record StreamBlock(List<TextLine> lines, StreamColumns columns, float fontSize) {

    StreamBlock {
        lines = List.copyOf(lines);
    }
}
