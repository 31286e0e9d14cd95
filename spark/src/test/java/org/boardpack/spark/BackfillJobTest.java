package org.boardpack.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a batch's files are dealt to Spark's slices: the big ones spread, none lost. */
class BackfillJobTest {

    @Test
    void eachContiguousSliceGetsItsShareOfTheBigFiles() {
        List<SourceFile> files = IntStream.rangeClosed(1, 8).mapToObj(i -> new SourceFile("/f" + i, i * 100L, 0)).toList();
        List<SourceFile> dealt = BackfillJob.dealt(files, 2);
        // Spark cuts [0,4) and [4,8): each holds two of the four largest
        assertEquals(List.of(800L, 600L, 400L, 200L, 700L, 500L, 300L, 100L), dealt.stream().map(SourceFile::size).toList());
    }

    @Test
    void moreSlicesThanFilesLosesNone() {
        List<SourceFile> files = List.of(new SourceFile("/a", 1, 0), new SourceFile("/b", 2, 0));
        assertEquals(2, BackfillJob.dealt(files, 5).size());
    }
}
