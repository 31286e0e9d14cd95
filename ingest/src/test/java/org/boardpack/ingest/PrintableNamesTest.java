package org.boardpack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Names in logs: controls and hidden format characters escaped, every script kept. */
class PrintableNamesTest {

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("minutes\\nFAILED x.pdf", PrintableNames.of("minutes\nFAILED x.pdf"));
        assertEquals("a\\rb\\tc\\u001b[31m", PrintableNames.of("a\rb\tc\u001b[31m"));
        assertEquals("invoice\\u202efdp.exe", PrintableNames.of("invoice\u202efdp.exe"));
    }

    @Test
    void ordinaryNamesAreTheSameString() {
        String name = "Procès-verbal 2024 – Ωmega 会议.pdf";
        assertSame(name, PrintableNames.of(name));
    }
}
