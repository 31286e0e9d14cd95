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

    /** Below this many pages, handing work to other threads costs more than it saves. */
    private static final int PARALLEL_FROM_PAGES = 8;

    private final TableFinder finder;
    private final Map<Page, List<DetectedTable>> found = new IdentityHashMap<>();

    public PageTables(TableFinder finder) {
        this.finder = finder;
    }

    @Override
    public List<DetectedTable> onPage(Page page) {
        return found.computeIfAbsent(page, finder::onPage);
    }

    /**
     * Every page's tables, in page order, as {@link TableFinder#perPage} gives them. Pages are
     * independent, so a long document's pages not yet looked at are searched on all cores: one
     * large pack then uses the machine instead of one core (detectors are stateless).
     */
    public List<List<DetectedTable>> perPage(ParsedDocument doc) {
        List<Page> missing = doc.pages().stream().filter(p -> !found.containsKey(p)).toList();
        if (missing.size() >= PARALLEL_FROM_PAGES) {
            List<List<DetectedTable>> tables = missing.parallelStream().map(finder::onPage).toList();
            for (int i = 0; i < missing.size(); i++) {
                found.put(missing.get(i), tables.get(i));
            }
        }
        List<List<DetectedTable>> out = new ArrayList<>(doc.pageCount());
        for (Page page : doc.pages()) {
            out.add(onPage(page));
        }
        return out;
    }
}
