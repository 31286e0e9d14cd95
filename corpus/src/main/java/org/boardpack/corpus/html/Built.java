package org.boardpack.corpus.html;

import java.util.List;

/** A plan written as a document, with the anchors of its answers in print order. */
record Built(PackDocument document, List<Anchor> anchors) {

    Built {
        anchors = List.copyOf(anchors);
    }
}
