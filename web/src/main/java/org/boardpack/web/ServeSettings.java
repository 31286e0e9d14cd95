package org.boardpack.web;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.boardpack.index.bodies.BodyDeclaration;

/**
 * Where the server reads and listens: the index, the address to bind ({@code 127.0.0.1} unless
 * told otherwise, so the index is not shared by accident), the port (0: any free one), and the
 * clock that says today (the register's default as-of day). {@code bodies} are declared beyond the
 * bodies files the index is read with (the command line's {@code --bodies FILE}).
 */
public record ServeSettings(Path index, List<BodyDeclaration> bodies, String bind, int port, Clock clock) {

    public static final String LOCALHOST = "127.0.0.1";

    public ServeSettings {
        bodies = List.copyOf(bodies);
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        }
    }
}
