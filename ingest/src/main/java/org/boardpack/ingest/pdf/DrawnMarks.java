package org.boardpack.ingest.pdf;

import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What a file's pages draw besides text, seen operator by operator: images (a scan is a page that
 * draws one) and painted paths (text turned into outlines is one). A file with no text is a scan
 * only when it draws images or paths that OCR could read; one that draws nothing from content
 * that is there is damaged, not scanned, and telling its owner to OCR it would be wrong.
 */
final class DrawnMarks {

    /** Operators that paint a path or a shading onto the page. */
    private static final Set<String> PAINTS = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh");

    private boolean image;
    private boolean paint;

    void saw(String operator, List<COSBase> operands, PDResources resources) {
        if (operator.equals("BI")) {
            image = true;
        } else if (operator.equals("Do")) {
            if (!operands.isEmpty() && operands.getFirst() instanceof COSName name && resources != null
                    && resources.isImageXObject(name)) {
                image = true;
            }
        } else if (PAINTS.contains(operator)) {
            paint = true;
        }
    }

    /** Adds what another reader of the same file saw drawn (pages read on another thread). */
    void addAll(DrawnMarks other) {
        image |= other.image;
        paint |= other.paint;
    }

    /** Whether anything OCR could read was drawn: an image or a painted path. */
    boolean anyPicture() {
        return image || paint;
    }
}
