package org.boardpack.extract.documents;

import java.util.List;
import java.util.Optional;
import org.boardpack.ingest.OutlineEntry;

/**
 * Which bookmarks of a pack name its papers, if the outline can be trusted at all. Packs often
 * bookmark each paper at the top level, sometimes under one entry wrapping the whole pack; their
 * sections sit deeper and are not papers. Real outlines are also often broken — left over from one
 * paper, or pointing at the wrong pages after the pack was reassembled — so an outline whose papers
 * go back or repeat a page, point past the end, or leave most of the pack before its first paper
 * is not used at all: half an outline would split the pack worse than none.
 */
final class PaperBookmarks {

    private PaperBookmarks() {
    }

    static Optional<List<OutlineEntry>> of(List<OutlineEntry> outline, int pageCount) {
        List<OutlineEntry> top = atLevel(outline, 0);
        if (top.size() == 1) {
            // one entry wrapping the pack (its title, usually): the papers are its children
            top = atLevel(outline, 1);
        }
        if (top.size() < 2) {
            return Optional.empty();
        }
        for (int i = 1; i < top.size(); i++) {
            if (top.get(i).page() <= top.get(i - 1).page()) {
                return Optional.empty();
            }
        }
        // each paper runs to the next one's page, the last to the end: what they cover starts at the first
        int covered = pageCount - top.getFirst().page() + 1;
        if (top.getFirst().page() < 1 || top.getLast().page() > pageCount || covered * 2 < pageCount) {
            return Optional.empty();
        }
        return Optional.of(top);
    }

    private static List<OutlineEntry> atLevel(List<OutlineEntry> outline, int level) {
        return outline.stream().filter(e -> e.level() == level).toList();
    }
}
