package org.boardpack.extract.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.ingest.OutlineEntry;

/**
 * Packs often bookmark each paper. Where the bookmarks are sound — top-level entries (or the
 * children of a single entry wrapping the whole pack) on strictly increasing pages, covering at
 * least half the pack — each bookmark starts a paper: a page cue already starting a paper there
 * keeps its type and gains the bookmark's title when it had none; a bookmark where no cue saw a
 * paper start splits the paper it falls in, typed from the bookmark's words. Boundaries the cues
 * see and the bookmarks do not (a cover sheet and its report under one bookmark) are kept.
 * Broken outlines (pages going back, repeated, or covering little) are ignored.
 */
final class BookmarkBoundaries {

    private static final Pattern AGENDA = Pattern.compile("(?i)\\bagenda\\b");
    private static final Pattern MINUTES = Pattern.compile("(?i)\\b(minutes|meeting notes)\\b");
    private static final Pattern ACTION_LOG = Pattern.compile("(?i)\\baction (log|tracker|register)\\b");
    private static final Pattern COVER = Pattern.compile("(?i)\\bcover (sheet|paper|note)\\b");
    private static final Pattern APPENDIX = Pattern.compile("(?i)\\b(appendix|annex|annexe)\\b");

    List<DocumentSpan> apply(List<DocumentSpan> spans, List<OutlineEntry> outline, int pageCount) {
        Optional<List<OutlineEntry>> papers = papers(outline, pageCount);
        if (papers.isEmpty()) {
            return spans;
        }
        List<DocumentSpan> out = new ArrayList<>(spans);
        for (OutlineEntry b : papers.get()) {
            for (int i = 0; i < out.size(); i++) {
                DocumentSpan s = out.get(i);
                if (!s.contains(b.page())) {
                    continue;
                }
                if (s.firstPage() == b.page()) {
                    if (s.title() == null) {
                        out.set(i, new DocumentSpan(s.type(), b.title(), s.firstPage(), s.lastPage(), s.meeting()));
                    }
                } else {
                    out.set(i, new DocumentSpan(s.type(), s.title(), s.firstPage(), b.page() - 1, s.meeting()));
                    out.add(i + 1, new DocumentSpan(typeOf(b.title()), b.title(), b.page(), s.lastPage(), null));
                }
                break;
            }
        }
        return out;
    }

    /** The bookmarks that name papers, or nothing when the outline cannot be trusted. */
    static Optional<List<OutlineEntry>> papers(List<OutlineEntry> outline, int pageCount) {
        List<OutlineEntry> top = outline.stream().filter(e -> e.level() == 0).toList();
        if (top.size() == 1) {
            top = outline.stream().filter(e -> e.level() == 1).toList();
        }
        if (top.size() < 2) {
            return Optional.empty();
        }
        for (int i = 1; i < top.size(); i++) {
            if (top.get(i).page() <= top.get(i - 1).page()) {
                return Optional.empty();
            }
        }
        int covered = pageCount - top.getFirst().page() + 1;
        if (top.getLast().page() > pageCount || covered * 2 < pageCount) {
            return Optional.empty();
        }
        return Optional.of(top);
    }

    static DocumentType typeOf(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (ACTION_LOG.matcher(t).find()) {
            return DocumentType.ACTION_LOG;
        }
        if (MINUTES.matcher(t).find()) {
            return DocumentType.MINUTES;
        }
        if (AGENDA.matcher(t).find() && !t.contains("agenda item")) {
            return DocumentType.AGENDA;
        }
        if (COVER.matcher(t).find()) {
            return DocumentType.COVER_SHEET;
        }
        if (APPENDIX.matcher(t).find()) {
            return DocumentType.APPENDIX;
        }
        return DocumentType.REPORT;
    }
}
