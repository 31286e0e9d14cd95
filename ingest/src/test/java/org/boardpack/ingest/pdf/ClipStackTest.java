package org.boardpack.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClipStackTest {

    private final ClipStack clip = new ClipStack();

    @Test
    void unclippedKeepsEverything() {
        float[] line = {-1e6f, 5, 1e6f, 5};
        assertArrayEquals(line, clip.clipSegment(new float[] {line[0], line[1]}, new float[] {line[2], line[3]})
                .orElseThrow());
    }

    @Test
    void segmentsAreCutDroppedOrKept() {
        clip.intersect(0, 0, 100, 100);
        assertArrayEquals(new float[] {0, 50, 100, 50},
                clip.clipSegment(new float[] {-50, 50}, new float[] {150, 50}).orElseThrow(), 0.6f);
        assertTrue(clip.clipSegment(new float[] {150, 0}, new float[] {150, 100}).isEmpty());
        assertArrayEquals(new float[] {10, 10, 90, 10},
                clip.clipSegment(new float[] {10, 10}, new float[] {90, 10}).orElseThrow());
    }

    @Test
    void boxesAreCutOrDropped() {
        clip.intersect(0, 0, 100, 100);
        assertArrayEquals(new float[] {50, 20, 100, 40}, clip.clipBox(new float[] {50, 20, 300, 40}).orElseThrow(), 0.6f);
        assertTrue(clip.clipBox(new float[] {200, 20, 300, 40}).isEmpty());
    }

    @Test
    void clipToNothingHidesEverything() {
        clip.intersect(0, 0, 100, 100);
        clip.intersect(200, 200, 300, 300);
        assertTrue(clip.clipSegment(new float[] {-1000, 150}, new float[] {1000, 150}).isEmpty());
        assertTrue(clip.clipBox(new float[] {0, 0, 300, 300}).isEmpty());
    }

    @Test
    void saveRestoreAndUnwindFollowTheGraphicsState() {
        clip.save();
        clip.intersect(0, 0, 100, 100);
        assertTrue(clip.clipBox(new float[] {200, 0, 300, 10}).isEmpty());
        clip.restore();
        assertTrue(clip.clipBox(new float[] {200, 0, 300, 10}).isPresent());
        clip.restore(); // unbalanced: ignored
        assertEquals(1, clip.depth());

        int depth = clip.depth();
        clip.save();
        clip.intersect(0, 0, 100, 100);
        clip.save(); // a nested stream that never restores
        clip.unwindTo(depth);
        assertEquals(depth, clip.depth());
        assertTrue(clip.clipBox(new float[] {200, 0, 300, 10}).isPresent());
    }
}
