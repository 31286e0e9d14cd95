package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@code --max-file-size} reads sizes as {@code ingest} does. */
class SparkBackfillTest {

    @Test
    void sizesWithUnits() {
        assertEquals(500L << 20, SparkBackfill.bytes("500MB"));
        assertEquals(3L << 29, SparkBackfill.bytes("1.5GB"));
        assertEquals(900L << 10, SparkBackfill.bytes("900 kb"));
        assertEquals(512, SparkBackfill.bytes("512"));
    }
}
