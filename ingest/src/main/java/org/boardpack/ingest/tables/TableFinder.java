package org.boardpack.ingest.tables;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;

/**
 * Every table of a document: on each page the detectors run in order — ruled tables first, then
 * whitespace-aligned ones in the space the ruled ones leave — and tables that continue onto the
 * next page are joined into one.
 */
public final class TableFinder implements PageTableSource {

    private final List<TableDetector> detectors;
    private final TableContinuation continuation;
    private final PageFootRows footRows = new PageFootRows();

    public TableFinder(List<TableDetector> detectors, TableContinuation continuation) {
        this.detectors = List.copyOf(detectors);
        this.continuation = continuation;
    }

    /** Lattice then stream, joined across pages. */
    public static TableFinder standard() {
        return new TableFinder(List.of(new LatticeTableDetector(), new StreamTableDetector()), new TableContinuation());
    }

    public List<DetectedTable> find(ParsedDocument doc) {
        return join(perPage(doc), doc.pages());
    }

    /** The tables of each page as found there, before any are joined across pages. */
    public List<List<DetectedTable>> perPage(ParsedDocument doc) {
        List<List<DetectedTable>> out = new ArrayList<>(doc.pageCount());
        for (Page page : doc.pages()) {
            out.add(onPage(page));
        }
        return out;
    }

    /**
     * Joins per-page tables that continue onto the next page, after taking back into a table the
     * rows left alone at the foot of the page before it.
     */
    public List<DetectedTable> join(List<List<DetectedTable>> perPage, List<Page> pages) {
        List<DetectedTable> all = new ArrayList<>();
        perPage.forEach(all::addAll);
        return continuation.join(footRows.extend(all, pages), pages);
    }

    @Override
    public List<DetectedTable> onPage(Page page) {
        List<DetectedTable> found = new ArrayList<>();
        List<float[]> taken = new ArrayList<>();
        for (TableDetector d : detectors) {
            for (DetectedTable t : d.detect(page, List.copyOf(taken))) {
                found.add(t);
                taken.add(new float[] {t.x0(), t.top(), t.x1(), t.bottom()});
            }
        }
        found.sort(java.util.Comparator.comparingDouble(DetectedTable::top).thenComparingDouble(DetectedTable::x0));
        return found;
    }
}
