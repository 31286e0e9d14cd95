package org.boardpack.app.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingSourcesTest {

    private static String ranges(Integer... pages) {
        return new MeetingSources("p.pdf", new TreeSet<>(List.of(pages))).ranges();
    }

    @Test
    void consecutivePagesAreOneRange() {
        assertEquals("1-3, 5, 7-8", ranges(7, 1, 2, 3, 5, 8));
        assertEquals("4", ranges(4));
        assertEquals("", ranges());
    }
}
