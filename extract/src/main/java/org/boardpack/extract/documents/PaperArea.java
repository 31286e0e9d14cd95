package org.boardpack.extract.documents;

import java.util.List;
import java.util.function.Predicate;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.model.documents.DocumentSpan;

/**
 * The part of a page that is one paper's: the whole page, or, where two papers share it (a one-page
 * agenda with the minutes set under it), the lines, rules and shadings from where the paper starts
 * or down to where the next one does. Readers of a paper read its pages through this, so the end of
 * one paper is never read as the start of the next.
 */
public final class PaperArea {

    private PaperArea() {
    }

    /** Page {@code n} (1-based) of the document as far as it is the paper's. */
    public static Page page(ParsedDocument doc, DocumentSpan paper, int n) {
        return clip(doc.pages().get(n - 1), paper);
    }

    /** The paper's first page, from where the paper starts. */
    public static Page first(ParsedDocument doc, DocumentSpan paper) {
        return page(doc, paper, paper.firstPage());
    }

    /** The page as far as it is the paper's; the page itself when the paper has all of it. */
    public static Page clip(Page page, DocumentSpan paper) {
        if (paper.hasWhole(page.number()) || !paper.contains(page.number())) {
            return page;
        }
        Predicate<Float> in = y -> paper.contains(page.number(), y);
        return new Page(page.number(), page.width(), page.height(), page.rotation(), lines(page.lines(), in),
                page.rulings().stream().filter(r -> in.test(r.top())).toList(),
                page.fills().stream().filter(f -> in.test(f.top())).toList(),
                page.label(), lines(page.running(), in));
    }

    /** The lines of the page that are the paper's. */
    public static List<TextLine> lines(Page page, DocumentSpan paper) {
        return clip(page, paper).lines();
    }

    private static List<TextLine> lines(List<TextLine> lines, Predicate<Float> in) {
        return lines.stream().filter(l -> in.test(l.top())).toList();
    }
}
