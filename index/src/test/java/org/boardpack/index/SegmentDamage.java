package org.boardpack.index;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Damages an index on disk as a failing disk would: one byte flipped in the middle of the largest
 * segment file whose name starts with a prefix ({@code "_"} for any segment, {@code "_1"} for the
 * newest of a few). Shared by the index's integrity tests and the command line's (test jar).
 */
public final class SegmentDamage {

    private SegmentDamage() {
    }

    public static void flipAByteInLargestFile(Path index, String namePrefix) throws IOException {
        Path target;
        try (Stream<Path> s = Files.list(index)) {
            target = s.filter(p -> p.getFileName().toString().startsWith(namePrefix))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
            long at = f.length() / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x5A);
        }
    }
}
