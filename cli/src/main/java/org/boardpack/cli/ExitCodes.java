package org.boardpack.cli;

/** What the exit code tells a scheduler. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The run finished but some files failed; each was reported. */
    public static final int SOME_FAILED = 1;
    /** What was asked for is not in the index (e.g. {@code show} of an unknown meeting id); said so on stderr. */
    public static final int NOT_FOUND = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The run itself could not proceed (index unusable, output not writable). */
    public static final int CANNOT_RUN = 3;

    private ExitCodes() {
    }
}
