package org.boardpack.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter sentences = SentenceSplitter.english();

    @Test
    void sentencesEndAtTheirFullStops() {
        assertEquals(List.of("The Board met.", "It was agreed to proceed."),
                sentences.split("The Board met. It was agreed to proceed."));
    }

    @Test
    void anAbbreviationInsideOpenBracketsOrBeforeALowerCaseWordEndsNoSentence() {
        assertEquals(List.of("It was agreed that the equipment (e.g. litter picks) could be borrowed from the Town Council."),
                sentences.split("It was agreed that the equipment (e.g. litter picks) could be borrowed from the Town Council."));
        assertEquals(List.of("The Agenda, as presented, was not challenged, and thus accepted, nem. con.", "The minutes were read."),
                sentences.split("The Agenda, as presented, was not challenged, and thus accepted, nem. con. The minutes were read."));
    }
}
