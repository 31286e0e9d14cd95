package org.boardpack.index.bodies;

import java.nio.file.Path;

/** A bodies file that cannot be read or written, with the file and what is wrong with it. */
public final class BodiesFileException extends Exception {

    private final transient Path file;

    public BodiesFileException(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
