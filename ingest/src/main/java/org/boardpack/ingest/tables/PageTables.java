package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;

/**
 * The tables of one document's pages, each page's found once however many extractors ask:
 * the table log reader, the minutes grid and the table extractor all look at the same pages,
 * and finding tables is one of the dearest steps of extraction. For one document on one
 * thread; make a new one per document.
 */
public final class PageTables implements PageTableSource {

    private final TableFinder finder;
    private final Map<Page, List<DetectedTable>> found = new IdentityHashMap<>();

    public PageTables(TableFinder finder) {
        this.finder = finder;
    }

    @Override
    public List<DetectedTable> onPage(Page page) {
        return found.computeIfAbsent(page, finder::onPage);
    }

    /** Every page's tables, in page order, as {@link TableFinder#perPage} gives them. */
    public List<List<DetectedTable>> perPage(ParsedDocument doc) {
        List<List<DetectedTable>> out = new ArrayList<>(doc.pageCount());
        for (Page page : doc.pages()) {
            out.add(onPage(page));
        }
        return out;
    }
}
