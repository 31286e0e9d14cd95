package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.html.Anchor.Target;

/**
 * Collects anchors while a plan is written, numbering each target's answers in the order the
 * PDFBox renderers add them, so an anchor's index is its answer's position. One per pack.
 */
final class Anchors {

    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<Target, Integer> next = new EnumMap<>(Target.class);

    /** Anchors the next answer of {@code target}. */
    void add(Target target, String text) {
        int index = next.merge(target, 1, Integer::sum) - 1;
        anchors.add(new Anchor(target, index, text));
    }

    /** Anchors answer {@code index} of {@code target}, for lists whose answers are added out of print order. */
    void add(Target target, int index, String text) {
        anchors.add(new Anchor(target, index, text));
    }

    List<Anchor> list() {
        return List.copyOf(anchors);
    }
}
