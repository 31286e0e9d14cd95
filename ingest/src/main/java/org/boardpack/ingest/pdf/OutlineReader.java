package org.boardpack.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.boardpack.ingest.OutlineEntry;

/**
 * Bookmarks and page labels. Both are optional and often broken in the wild (bookmarks pointing
 * nowhere, label trees with gaps): what cannot be resolved is left out, never an error.
 */
final class OutlineReader {

    /** Guards against outlines whose items loop back on themselves. */
    private static final int MAX_ENTRIES = 10_000;

    List<OutlineEntry> outline(PDDocument pdf) {
        List<OutlineEntry> out = new ArrayList<>();
        try {
            PDDocumentOutline root = pdf.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                walk(pdf, root, 0, out);
            }
        } catch (IOException | RuntimeException e) {
            // a damaged outline costs the bookmarks, not the document
            return List.copyOf(out);
        }
        return List.copyOf(out);
    }

    private void walk(PDDocument pdf, PDOutlineNode node, int level, List<OutlineEntry> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (out.size() >= MAX_ENTRIES) {
                return;
            }
            PDPage target = item.findDestinationPage(pdf);
            int index = target == null ? -1 : pdf.getPages().indexOf(target);
            String title = item.getTitle();
            if (index >= 0 && title != null && !title.isBlank()) {
                out.add(new OutlineEntry(title.strip(), index + 1, level));
            }
            if (level < 16) {
                walk(pdf, item, level + 1, out);
            }
        }
    }

    /** Each page's label, or {@code null} for all when the PDF defines none. */
    String[] labels(PDDocument pdf) {
        try {
            PDPageLabels labels = pdf.getDocumentCatalog().getPageLabels();
            return labels == null ? null : labels.getLabelsByPageIndices();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
