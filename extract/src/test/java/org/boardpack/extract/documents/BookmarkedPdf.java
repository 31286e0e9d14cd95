package org.boardpack.extract.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.OutlineEntry;
import org.boardpack.ingest.ParsedDocument;

/** Gives a saved PDF an outline, as PDFBox writes one, and reads it back through the real ingest stage. */
final class BookmarkedPdf {

    private BookmarkedPdf() {
    }

    /** Each entry nests under the last one before it a level up, as in an outline pane. */
    static ParsedDocument of(Path pdf, Path out, List<OutlineEntry> marks) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            List<PDOutlineNode> parents = new ArrayList<>(List.of(outline));
            for (OutlineEntry mark : marks) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(mark.title());
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(doc.getPage(mark.page() - 1));
                item.setDestination(dest);
                parents.get(mark.level()).addLast(item);
                parents.subList(mark.level() + 1, parents.size()).clear();
                parents.add(item);
            }
            doc.save(out.toFile());
        }
        return new FileIngester().ingest(out);
    }
}
