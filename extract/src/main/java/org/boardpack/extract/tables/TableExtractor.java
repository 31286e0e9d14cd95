package org.boardpack.extract.tables;

import org.boardpack.model.tables.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.ParsedDocument;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.tables.DetectedTable;
import org.boardpack.ingest.tables.TableFinder;
import org.boardpack.ingest.tables.TitleBlocks;

/**
 * The {@code tables} records: every table the layout engine finds, with its caption when one
 * stands just above it ({@code Table 3: ASCOF performance indicators across BLMK}, or a short bold
 * line). Cell text is kept as printed. A label/value title block found as a ruled grid (a cover
 * sheet's "Meeting title | …") is no table record ({@link TitleBlocks}).
 */
public final class TableExtractor {

    private static final Pattern CAPTION = Pattern.compile("(?i)^(table|figure|chart|appendix)\\s*[0-9A-Z][\\w.]*\\b.*");
    /** How far above a table its caption may stand, in points. */
    private static final float CAPTION_REACH = 40f;

    private final TableFinder finder;

    public TableExtractor(TableFinder finder) {
        this.finder = finder;
    }

    public List<Table> extract(ParsedDocument doc) {
        return extract(doc, finder.find(doc));
    }

    /** The records of tables already found (the pack's other extractors read the same tables). */
    public List<Table> extract(ParsedDocument doc, List<DetectedTable> found) {
        List<Table> out = new ArrayList<>();
        for (DetectedTable t : found) {
            if (TitleBlocks.labelValueBlock(t)) {
                continue;
            }
            Page page = doc.pages().get(t.page() - 1);
            out.add(new Table(t.page(), caption(page, t), List.of(round(t.x0()), round(t.top()), round(t.x1()),
                    round(t.bottom())), t.headerRows(), t.rows(), t.lastPage() > t.page() ? t.lastPage() : null));
        }
        return out;
    }

    private static String caption(Page page, DetectedTable t) {
        TextLine nearest = null;
        for (TextLine line : page.lines()) {
            boolean above = line.bottom() <= t.top() + 1 && t.top() - line.bottom() <= CAPTION_REACH;
            boolean overlapsAcross = line.x1() > t.x0() && line.x0() < t.x1();
            if (above && overlapsAcross) {
                nearest = line;
            }
        }
        if (nearest == null) {
            return null;
        }
        String text = nearest.text().strip();
        boolean captionLike = CAPTION.matcher(text).matches()
                || (nearest.bold() && text.split("\\s+").length <= 15 && !text.endsWith("."));
        return captionLike ? text : null;
    }

    private static float round(float v) {
        return Math.round(v * 10) / 10f;
    }
}
