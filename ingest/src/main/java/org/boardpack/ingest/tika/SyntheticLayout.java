package org.boardpack.ingest.tika;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.Ruling;
import org.boardpack.ingest.TextLine;
import org.boardpack.ingest.Word;
import org.boardpack.ingest.pdf.LineGrouping;

/**
 * Lays a word-processed document's paragraphs and tables out on A4 pages, so that documents
 * without page geometry (DOCX, ODT, RTF, HTML) enter the same layout model as PDFs: paragraphs as
 * wrapped lines, headings larger and bold, and each table as ruled cells — its own cell
 * structure, spans included, drawn as ruling lines — which the table detectors then read back
 * exactly. Widths are estimated from character counts; only relative positions matter downstream.
 */
final class SyntheticLayout {

    private static final float PAGE_WIDTH = 595f;
    private static final float PAGE_HEIGHT = 842f;
    private static final float MARGIN = 56f;
    private static final float BODY_SIZE = 10f;
    private static final float CHAR_WIDTH = 0.5f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PAD = 4f;

    private final List<Page> pages = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Ruling> rulings = new ArrayList<>();
    private float y = MARGIN;

    List<Page> layout(List<Block> blocks) {
        for (Block b : blocks) {
            switch (b) {
                case Block.Paragraph p -> paragraph(p);
                case Block.Table t -> table(t);
            }
        }
        finishPage();
        return List.copyOf(pages);
    }

    private void paragraph(Block.Paragraph p) {
        float size = p.level() == 0 ? BODY_SIZE : Math.max(BODY_SIZE + 1, 17 - p.level() * 1.5f);
        List<List<Word>> lines = wrap(p.runs(), MARGIN, PAGE_WIDTH - 2 * MARGIN, size, p.level() > 0);
        float height = size * LEADING;
        for (List<Word> line : lines) {
            if (y + height > PAGE_HEIGHT - MARGIN) {
                finishPage();
            }
            place(line, y);
            y += height;
        }
        y += size * 0.5f;
    }

    private void table(Block.Table t) {
        TableGrid grid = TableGrid.of(t, PAGE_WIDTH - 2 * MARGIN, BODY_SIZE * CHAR_WIDTH, CELL_PAD);
        for (int r = 0; r < grid.rows(); r++) {
            List<TableGrid.Placed> cells = grid.row(r);
            List<List<List<Word>>> cellLines = new ArrayList<>();
            int maxLines = 1;
            for (TableGrid.Placed c : cells) {
                List<List<Word>> lines = new ArrayList<>();
                for (List<Block.Run> para : c.cell().paragraphs()) {
                    lines.addAll(wrap(para, MARGIN + c.x0() + CELL_PAD, c.width() - 2 * CELL_PAD, BODY_SIZE,
                            c.cell().header()));
                }
                cellLines.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            float rowHeight = maxLines * BODY_SIZE * LEADING + 2 * CELL_PAD;
            if (y + rowHeight > PAGE_HEIGHT - MARGIN && y > MARGIN) {
                finishPage();
            }
            for (int i = 0; i < cells.size(); i++) {
                TableGrid.Placed c = cells.get(i);
                float ly = y + CELL_PAD;
                for (List<Word> line : cellLines.get(i)) {
                    place(line, ly);
                    ly += BODY_SIZE * LEADING;
                }
                // the cell's box; a cell spanning rows is drawn on its first row at that row's height
                float x0 = MARGIN + c.x0();
                float x1 = x0 + c.width();
                rulings.add(Ruling.horizontal(x0, x1, y));
                rulings.add(Ruling.horizontal(x0, x1, y + rowHeight));
                rulings.add(Ruling.vertical(x0, y, y + rowHeight));
                rulings.add(Ruling.vertical(x1, y, y + rowHeight));
            }
            y += rowHeight;
        }
        y += BODY_SIZE;
    }

    /** Words of the runs, wrapped to the width; each word's box from its character count. */
    private static List<List<Word>> wrap(List<Block.Run> runs, float left, float width, float size, boolean bold) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float x = left;
        float space = size * 0.28f;
        for (Block.Run run : runs) {
            for (String token : run.text().strip().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                float w = token.length() * size * CHAR_WIDTH;
                if (!line.isEmpty() && x + w > left + width) {
                    lines.add(line);
                    line = new ArrayList<>();
                    x = left;
                }
                line.add(new Word(token, x, 0, x + w, size, "Synthetic", size, bold || run.bold()));
                x += w + space;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private void place(List<Word> line, float top) {
        for (Word w : line) {
            words.add(new Word(w.text(), w.x0(), top, w.x1(), top + w.bottom(), w.font(), w.fontSize(), w.bold(),
                    w.italic()));
        }
    }

    private void finishPage() {
        if (words.isEmpty() && rulings.isEmpty() && !pages.isEmpty()) {
            return;
        }
        List<TextLine> lines = new LineGrouping().build(words);
        pages.add(new Page(pages.size() + 1, PAGE_WIDTH, PAGE_HEIGHT, 0, lines, rulings, List.of()));
        words = new ArrayList<>();
        rulings = new ArrayList<>();
        y = MARGIN;
    }
}
