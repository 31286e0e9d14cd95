package org.boardpack.ingest.tables;

import java.util.List;
import org.boardpack.ingest.Page;

/** Where a page's tables come from: found afresh ({@link TableFinder}) or as found once before ({@link PageTables}). */
public interface PageTableSource {

    /** The page's tables, top to bottom, before any are joined across pages. */
    List<DetectedTable> onPage(Page page);
}
