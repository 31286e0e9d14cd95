package org.boardpack.ingest.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.boardpack.ingest.FailureKind;
import org.boardpack.ingest.IngestException;
import org.boardpack.ingest.Page;

/**
 * The pages of one PDF whose text layer {@link GarbledTextCheck} found garbled, and what becomes of
 * the file. A garbled page is treated like a scanned one: its junk text is never kept (junk in the
 * index is worse than a gap: it matches nothing a user types and extractors read records out of
 * it); with {@code --ocr} the page is read by OCR instead.
 *
 * <p>The decision for the file, as a demanding user would want it: when the pages left unread
 * (garbled, and not read by OCR) are at least as many as the pages with readable text, the file is
 * refused as {@code garbled text layer}, naming the pages and what to do, so that a paper that is
 * mostly missing is never taken for read; when they are a few among many good pages, the good
 * pages are indexed and the garbled ones left empty, as scanned pages are without {@code --ocr}.
 */
final class GarbledPages {

    /** The garbled pages by number, each with what gave it away; in page order whatever order they were read in. */
    private final SortedMap<Integer, String> pages = new TreeMap<>();

    /** Notes page {@code n} (1-based) as garbled, with what gave it away. */
    void add(int n, GarbledTextCheck.Verdict verdict) {
        pages.putIfAbsent(n, verdict.evidence());
    }

    /** Adds the pages another reader of the same file found garbled (pages read on another thread). */
    void addAll(GarbledPages other) {
        other.pages.forEach(pages::putIfAbsent);
    }

    /**
     * Refuses the file when its garbled pages left without text are at least as many as its pages
     * with text; {@code pagesRead} are all its pages, OCR'd ones with what OCR read.
     */
    void refuseIfMostlyGarbled(Path file, List<Page> pagesRead, ScannedPageReader scans) throws IngestException {
        List<Integer> unread = pages.keySet().stream().filter(n -> !pagesRead.get(n - 1).hasText()).toList();
        long readable = pagesRead.stream().filter(Page::hasText).count();
        if (unread.isEmpty() || unread.size() < readable) {
            return;
        }
        String which = pagesRead.size() == 1 ? "its one page renders as text but its text layer is"
                : (unread.size() == pagesRead.size() ? "all " + pagesRead.size() + " pages"
                : (unread.size() == 1 ? "page " : "pages ") + ranges(unread) + " of " + pagesRead.size())
                + (unread.size() == 1 ? " renders as text but its text layer is" : " render as text but their text layer is");
        String evidence = pages.get(pages.firstKey());
        throw new IngestException(FailureKind.GARBLED_TEXT_LAYER, file, null, which + " garbled (" + evidence
                + "; the fonts have no usable Unicode mapping); " + scans.garbledRemedy(), null);
    }

    /** 1, 2, 3, 5, 7, 8 as {@code 1-3, 5, 7-8}. */
    static String ranges(List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(numbers.get(i));
            if (j > i) {
                out.append('-').append(numbers.get(j));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
