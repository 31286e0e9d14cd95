package org.boardpack.index;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link WriterLockTest}: opens a writer on the index named by its argument,
 * says so on stdout and waits to be killed, as a nightly run that dies mid-way would.
 */
public final class HoldWriterLock {

    private HoldWriterLock() {
    }

    public static void main(String[] args) throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(Path.of(args[0]), "v1")) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
