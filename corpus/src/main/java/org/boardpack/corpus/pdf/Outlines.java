package org.boardpack.corpus.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** The PDF outline (bookmarks): one flat entry per paper, as packs assembled by board secretaries have. */
final class Outlines {

    private Outlines() {
    }

    static void add(PDDocument doc, List<Bookmark> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Bookmark b : entries) {
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(doc.getPage(b.page() - 1));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            item.setDestination(dest);
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }
}
