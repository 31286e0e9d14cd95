package org.boardpack.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The style sheet and script, served from the jar's resources (read once: they never change while serving). */
final class StaticFiles {

    private StaticFiles() {
    }

    static Route route(String path, String resource, String contentType) {
        byte[] bytes = read(resource);
        Reply reply = new Reply(200, contentType, bytes, null, java.util.Map.of("Cache-Control", "max-age=3600"));
        return new Route(path, Set.of(), p -> reply);
    }

    static byte[] read(String resource) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource static/" + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
