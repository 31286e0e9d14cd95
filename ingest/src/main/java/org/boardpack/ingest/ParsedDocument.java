package org.boardpack.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What ingest makes of one source file: its identity and its pages with geometry. Pure data;
 * the output of {@code ingest(bytes)} in the design.
 *
 * @param sha256 hex SHA-256 of the file's bytes: the file's identity across runs
 * @param format short format name, e.g. {@code pdf}
 * @param producer the software that wrote the file as it says of itself (PDF {@code /Producer},
 *                 else {@code /Creator}), or {@code null}
 */
public record ParsedDocument(Path path, String sha256, String format, String producer, List<Page> pages) {

    public ParsedDocument {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }
}
