package org.boardpack.spark;

import java.net.URI;
import org.apache.hadoop.fs.Path;

/**
 * The path a file's records carry ({@code source.path}) and the manifest keys it by. A local file
 * keeps the absolute path {@code ingest} writes, so the job's records and an {@code ingest} of the
 * same folder name files alike; a file on a cluster file system keeps its full URI.
 */
public final class SourcePaths {

    private SourcePaths() {
    }

    public static String shown(Path path) {
        URI uri = path.toUri();
        if ("file".equals(uri.getScheme()) || uri.getScheme() == null) {
            return java.nio.file.Path.of(uri.getPath()).toAbsolutePath().normalize().toString();
        }
        return uri.toString();
    }

    /** The Hadoop path of a shown path (a local path gets the {@code file} scheme). */
    public static Path hadoop(String shown) {
        return isLocal(shown) ? new Path("file", null, shown) : new Path(shown);
    }

    public static boolean isLocal(String shown) {
        return shown.startsWith("/");
    }
}
