package org.boardpack.model.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void commentsTakeLinesOfTheirOwnSoAnEntryMayHoldAHash() {
        // a log's "#" column heading is an entry, not the start of a comment
        assertEquals(List.of("owner", "ref: #"), WordList.read(WordListTest.class, "hash-entries.txt"));
    }
}
