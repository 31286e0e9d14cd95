package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSequenceTest {

    @Test
    void aNumberWithAStrayDigitIsTheNextOfItsSequence() {
        assertEquals(List.of("BM 58/2122", "BM 59/2122", "BM 60/2122", "BM 61/2122"),
                ItemSequence.repaired(List.of("BM 58/2122", "BM 592/2122", "BM 603/2122", "BM 61/2122")));
        assertEquals(List.of("7", "8", "9", "10"), ItemSequence.repaired(List.of("7", "8", "91", "10")));
        assertEquals(List.of("14", "15", "16"), ItemSequence.repaired(List.of("14", "150", "16")));
    }

    @Test
    void numbersInSequenceJumpsAndOtherFormsStay() {
        List<String> kept = List.of("1", "2", "3", "31", "4", "4.1", "41", "12", "13a", "14", "16", "17", "181");
        assertEquals(kept, ItemSequence.repaired(kept));
        assertEquals(List.of("9", "10", "11"), ItemSequence.repaired(List.of("9", "10", "11")));
        assertEquals(List.of("FGB 98/2122", "FGB 99/2122", "FGB 100/2122"),
                ItemSequence.repaired(List.of("FGB 98/2122", "FGB 99/2122", "FGB 100/2122")));
    }
}
