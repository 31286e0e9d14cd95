package org.boardpack.web;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Where the server reads and listens: the index, the address to bind ({@code 127.0.0.1} unless
 * told otherwise, so the index is not shared by accident), the port (0: any free one), and the
 * clock that says today (the register's default as-of day).
 */
public record ServeSettings(Path index, String bind, int port, Clock clock) {

    public static final String LOCALHOST = "127.0.0.1";

    public ServeSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, not " + port);
        }
    }
}
