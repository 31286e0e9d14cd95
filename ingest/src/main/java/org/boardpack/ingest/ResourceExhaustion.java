package org.boardpack.ingest;

import java.nio.file.Path;

/**
 * The failure of a file whose reading ran out of heap or stack: the last line of defence behind
 * the budgets that should stop a hostile file first (decoded bytes of PDF streams, OOXML inflate
 * ratio, characters of text). Caught for the one file being read, whose objects are unreachable
 * once the error has unwound its stack, so the heap recovers and the run goes on; the file is a
 * {@code RESOURCE_LIMIT} failure, skipped on later runs while its content is unchanged.
 */
public final class ResourceExhaustion {

    private ResourceExhaustion() {
    }

    /**
     * @param error an {@link OutOfMemoryError} or a {@link StackOverflowError}; any other error is
     *              not a budget and is thrown back
     */
    public static IngestException failure(Path file, Integer page, VirtualMachineError error) {
        if (error instanceof StackOverflowError) {
            return new IngestException(FailureKind.RESOURCE_LIMIT, file, page,
                    "its structure nests deeper than the thread stack can follow (stack overflow);"
                            + " skipped until the file changes", null);
        }
        if (error instanceof OutOfMemoryError) {
            return new IngestException(FailureKind.RESOURCE_LIMIT, file, page,
                    "reading it needed more memory than the Java heap of "
                            + IngestLimits.describe(Runtime.getRuntime().maxMemory())
                            + " holds (out of memory); skipped until the file changes", null);
        }
        throw error;
    }
}
