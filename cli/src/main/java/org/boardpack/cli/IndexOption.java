package org.boardpack.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes the index. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "boardpack-index",
            description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path dir;
}
