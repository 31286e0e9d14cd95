package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;
import org.boardpack.corpus.longreport.LongReport;
import org.boardpack.corpus.longreport.ReportContent;
import org.boardpack.corpus.longreport.ReportContent.Figures;
import org.boardpack.corpus.longreport.ReportContent.Paragraph;

/**
 * A long report as {@code LongReportWriter} composed it, as sections: the report (portrait, under
 * its running header) and its landscape appendix. Both are answered as documents, anchored by
 * their titles. Numbered paragraphs hang their number in a borderless column, as word processors
 * lay out numbered lists; consecutive ones share a table so a page holds no more than it should.
 */
final class LongReportSections {

    private static final double[] NUMBERED = {34, 448};
    private static final double[] PERFORMANCE = {150, 55, 62, 62, 62, 91};
    private static final double[] FINANCE = {162, 80, 80, 80, 80};
    private static final double BODY = 10.5;

    private final Anchors anchors;

    LongReportSections(Anchors anchors) {
        this.anchors = anchors;
    }

    List<Section> sections(ReportContent c) {
        LongReport r = c.report();
        List<Block> b = new ArrayList<>();
        if (r.agendaItem() != null) {
            b.add(Para.bold("Agenda item " + r.agendaItem(), 11));
        }
        anchors.add(Target.DOCUMENT, r.title());
        b.add(Para.bold(r.title(), 16).before(r.agendaItem() == null ? 0 : 8));
        b.add(Para.body("Report of: " + r.author(), 11).before(6));
        b.add(Para.body("Date: " + Dates.dayMonthYear(r.date()), 11));
        boolean first = true;
        for (ReportContent.Section s : c.sections()) {
            b.add(Para.heading(s.heading(), 12).before(first ? 22 : 14));
            first = false;
            List<Row> numbered = new ArrayList<>();
            for (ReportContent.Block block : s.blocks()) {
                switch (block) {
                    case Paragraph p when p.number() != null ->
                            numbered.add(Row.of(Cell.of(Para.body(p.number(), BODY).before(6)),
                                    Cell.of(Para.body(p.text(), BODY).before(6))));
                    case Paragraph p -> b.add(Para.body(p.text(), BODY).before(6));
                    case Figures t -> {
                        flush(numbered, b);
                        b.add(Para.heading(t.caption(), 10).before(10));
                        b.add(figures(t, t.kind() == ReportContent.Kind.PERFORMANCE ? PERFORMANCE : FINANCE, 9)
                                .before(3).captioned(t.caption()));
                    }
                }
            }
            flush(numbered, b);
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(false, r.runningHeader(), b));
        if (c.appendix() != null) {
            Figures t = c.appendix();
            anchors.add(Target.DOCUMENT, t.caption());
            double[] widths = new double[t.header().size()];
            widths[0] = 190;
            widths[1] = 48;
            java.util.Arrays.fill(widths, 2, widths.length, 44);
            out.add(new Section(true, r.runningHeader(), List.of(Para.bold(t.caption(), 13),
                    figures(t, widths, 8).before(8).captioned(t.caption()))));
        }
        return out;
    }

    private static void flush(List<Row> numbered, List<Block> b) {
        if (!numbered.isEmpty()) {
            b.add(Table.unruled(NUMBERED, numbered).before(4));
            numbered.clear();
        }
    }

    private static Table figures(Figures t, double[] widths, double size) {
        List<Cell> header = new ArrayList<>();
        for (String h : t.header()) {
            header.add(Cell.of(Para.bold(h, size)));
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : t.rows()) {
            rows.add(new Row(cells.stream().map(s -> Cell.of(Para.body(s, size))).toList(), false));
        }
        return Table.ruled(widths, new Row(header, false), rows);
    }
}
