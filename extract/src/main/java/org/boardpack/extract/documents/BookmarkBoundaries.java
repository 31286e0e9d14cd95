package org.boardpack.extract.documents;

import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.boardpack.ingest.OutlineEntry;

/**
 * Joins the papers the page cues found with the papers the pack's bookmarks name. Each sound
 * bookmark ({@link PaperBookmarks}) starts a paper titled by it; the boundaries the cues see and
 * the bookmarks do not are kept (a cover sheet and its report often share one bookmark), so
 * bookmarks only ever add boundaries and titles. A paper's type is what the cues made of its
 * first page when they made anything of it, since a page's layout is firmer evidence than a
 * title someone typed; otherwise the bookmark title's words ({@link BookmarkTitles}).
 */
final class BookmarkBoundaries {

    /**
     * @param spans     the papers from the page cues, in page order, covering the pack
     * @param pageCues  the type each page's own cue gives (index = page - 1), empty where none
     */
    List<DocumentSpan> apply(List<DocumentSpan> spans, List<Optional<DocumentType>> pageCues,
                             List<OutlineEntry> outline, int pageCount) {
        Optional<List<OutlineEntry>> papers = PaperBookmarks.of(outline, pageCount);
        if (papers.isEmpty()) {
            return spans;
        }
        Map<Integer, OutlineEntry> byPage = papers.get().stream()
                .collect(Collectors.toMap(OutlineEntry::page, Function.identity()));
        List<DocumentSpan> out = new ArrayList<>();
        for (DocumentSpan span : spans) {
            int start = span.firstPage();
            for (int page = span.firstPage() + 1; page <= span.lastPage() + 1; page++) {
                // a paper ending part-way down its last page shares it with the next: a bookmark
                // there is the next paper's, which opens under it
                boolean shared = page == span.lastPage() && span.endY() != null;
                if (page <= span.lastPage() && (!byPage.containsKey(page) || shared)) {
                    continue;
                }
                OutlineEntry mark = byPage.get(start);
                DocumentSpan piece = start == span.firstPage()
                        ? opening(span, mark, page - 1, pageCues)
                        : new DocumentSpan(typeAt(start, mark, pageCues), mark.title(), start, page - 1, span.meeting());
                out.add(within(piece, span));
                start = page;
            }
        }
        return out;
    }

    /** A piece of a paper starts and ends where the paper does on the pages it shares with it. */
    private static DocumentSpan within(DocumentSpan piece, DocumentSpan span) {
        return new DocumentSpan(piece.type(), piece.title(), piece.firstPage(), piece.lastPage(), piece.meeting(),
                piece.firstPage() == span.firstPage() ? span.startY() : null,
                piece.lastPage() == span.lastPage() ? span.endY() : null);
    }

    /** The cue's own paper, cut where a bookmark starts the next one, titled by its bookmark if it has one. */
    private static DocumentSpan opening(DocumentSpan span, OutlineEntry mark, int lastPage,
                                        List<Optional<DocumentType>> pageCues) {
        if (mark == null) {
            return new DocumentSpan(span.type(), span.title(), span.firstPage(), lastPage, span.meeting());
        }
        // pages before any cue are "other" only for want of a cue: the bookmark can say better
        DocumentType type = span.type() == DocumentType.OTHER ? typeAt(span.firstPage(), mark, pageCues) : span.type();
        return new DocumentSpan(type, mark.title(), span.firstPage(), lastPage, span.meeting());
    }

    private static DocumentType typeAt(int page, OutlineEntry mark, List<Optional<DocumentType>> pageCues) {
        Optional<DocumentType> cue = page <= pageCues.size() ? pageCues.get(page - 1) : Optional.empty();
        return cue.orElseGet(() -> BookmarkTitles.typeOf(mark.title()));
    }
}
