package org.boardpack.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What ingest makes of one source file: its identity and its pages with geometry. Pure data;
 * the output of {@code ingest(bytes)} in the design.
 *
 * @param sha256 hex SHA-256 of the file's bytes: the file's identity across runs
 * @param format short format name, e.g. {@code pdf}
 * @param outline  the document's bookmarks, in order (packs often bookmark each paper)
 * @param producer the software that wrote the file as it says of itself (PDF {@code /Producer},
 *                 else {@code /Creator}), or {@code null}
 */
public record ParsedDocument(Path path, String sha256, String format, String producer, List<Page> pages,
                             List<OutlineEntry> outline) {

    public ParsedDocument {
        pages = List.copyOf(pages);
        outline = List.copyOf(outline);
    }

    public ParsedDocument(Path path, String sha256, String format, String producer, List<Page> pages) {
        this(path, sha256, format, producer, pages, List.of());
    }

    public int pageCount() {
        return pages.size();
    }
}
