package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An unknown command is a usage error (exit 2) with picocli's suggestions, even beside --help. */
class UnknownCommandTest {

    @Test
    void anUnknownCommandWithHelpIsAUsageErrorNotTheHelp() {
        CliRun run = CliRun.of("frobnicate", "--help");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.out());
        assertEquals("", run.out(), "no help printed as if all were well");
        assertTrue(run.err().contains("'frobnicate'"), run.err());
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheCloseOnes() {
        CliRun run = CliRun.of("serach", "flu");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Did you mean") && run.err().contains("search"), run.err());
    }
}
