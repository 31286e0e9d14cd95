package org.boardpack.cli;

import java.nio.file.Path;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.bodies.BodiesFile;
import org.boardpack.index.bodies.BodiesFileException;
import picocli.CommandLine.Option;

/**
 * {@code --index DIR} and {@code --bodies FILE}, shared by every command that reads or writes the
 * index.
 */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "boardpack-index",
            description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--bodies", paramLabel = "FILE",
            description = "A bodies file (boardpack-bodies.toml format) declaring bodies beyond the one beside the index.")
    Path bodies;

    /**
     * The index opened for reading, with the bodies {@code --bodies} declares.
     *
     * @throws IndexException when the index cannot be opened or the bodies file cannot be read
     */
    PackSearcher open() throws IndexException {
        PackSearcher searcher = new PackSearcher(dir);
        if (bodies != null) {
            try {
                searcher.declareBodies(BodiesFile.readAnchored(bodies));
            } catch (BodiesFileException e) {
                searcher.close();
                throw new IndexException(dir, "--bodies: " + e.getMessage(), null);
            }
        }
        return searcher;
    }
}
