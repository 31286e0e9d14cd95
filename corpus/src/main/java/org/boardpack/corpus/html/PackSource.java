package org.boardpack.corpus.html;

import java.util.List;
import org.boardpack.model.PackRecord;

/**
 * A pack ready for another producer: its file stem, the document to serialise, the answers of the
 * PDFBox rendering of the same plan (right in everything but page numbers) and the anchors that
 * let {@link AnswerRepaginator} find each answer's page once the producer has paginated.
 */
public record PackSource(String name, PackDocument document, PackRecord answers, List<Anchor> anchors) {

    public PackSource {
        anchors = List.copyOf(anchors);
    }
}
