package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;
import org.boardpack.corpus.nhs.NhsPlan;
import org.boardpack.corpus.nhs.NhsPlan.Report;

/** An NHS paper as two sections, as {@code NhsReportRenderer} draws it: the ruled cover sheet, then the report. */
final class NhsReportSections {

    private static final List<String> PURPOSES = List.of("Information", "Approval", "To note", "Decision");

    private final NhsPlan plan;
    private final Anchors anchors;
    private final Rng rng;

    /** {@code rng} continues the plan's generator, as the PDFBox renderer's does, for the same table figures. */
    NhsReportSections(NhsPlan plan, Anchors anchors, Rng rng) {
        this.plan = plan;
        this.anchors = anchors;
        this.rng = rng;
    }

    List<Section> sections(Report r) {
        String header = plan.body() + " \u2013 " + Dates.dayMonthYear(plan.packDate()) + " \u2013 Agenda item "
                + r.agendaNumber();
        anchors.add(Target.DOCUMENT, "Report title: " + r.title());
        StringBuilder boxes = new StringBuilder();
        for (String p : PURPOSES) {
            boxes.append(p).append(p.equals(r.purpose()) ? " [x]   " : " [  ]   ");
        }
        List<Para> recs = new ArrayList<>();
        for (String rec : r.recommendations()) {
            recs.add(body("\u2022 " + rec));
        }
        List<Row> rows = List.of(
                Row.of(label("Meeting title"), Cell.of(body(plan.body()), body("Date: "
                        + Dates.dayMonthYear(plan.packDate())))),
                Row.of(label("Report title:"), Cell.of(body(r.title()))),
                Row.of(label("Agenda item:"), Cell.of(body(r.agendaNumber()))),
                Row.of(label("SRO:"), Cell.of(body("Name: " + r.sro().name()), body("Title: " + r.sro().role()))),
                Row.of(label("Report Author:"), Cell.of(body("Name: " + r.author().name()),
                        body("Title: " + r.author().role()))),
                Row.of(label("Document summary"), Cell.of(body("\u2022 " + r.summary()))),
                Row.of(label("Ask of the Group"), Cell.of(body(r.ask()))),
                Row.of(Cell.of(Para.bold("Purpose", 10), body("(tick one box only)")),
                        Cell.of(body(boxes.toString().trim()))),
                Row.of(label("Recommendation"), new Cell(recs)),
                Row.of(label("Document history"), Cell.of(body("These principles were presented to the CEO group on "
                        + Dates.ordinal(plan.packDate().minusWeeks(3)) + "."))),
                Row.of(label("Appendices"), Cell.of(body("None"))));
        Section cover = new Section(false, header, List.of(Table.titleBlock(new double[] {130, 352}, rows)));

        anchors.add(Target.DOCUMENT, r.title());
        List<Block> b = new ArrayList<>();
        b.add(Para.bold(r.title(), 14));
        int para = 0;
        for (int sec = 0; sec < r.sections().size(); sec++) {
            b.add(Para.heading(r.sections().get(sec), 11).before(14));
            int n = Math.max(1, r.paragraphs().size() / r.sections().size());
            for (int i = 0; i < n && para < r.paragraphs().size(); i++, para++) {
                b.add(Para.body("\u2022 " + r.paragraphs().get(para), 11).indented(10).before(6));
            }
            if (sec == 1 && r.withTable()) {
                b.addAll(table());
            }
        }
        return List.of(cover, new Section(false, header, b));
    }

    /** The performance table, drawing the same figures in the same order as the PDFBox renderer. */
    private List<Block> table() {
        List<Row> rows = new ArrayList<>();
        for (String place : plan.area().places()) {
            int target = rng.between(70, 95);
            String performance = String.format("%d.%d%%", rng.between(60, 98), rng.between(0, 9));
            String trend = rng.pick("Improving", "Stable", "Deteriorating");
            rows.add(Row.of(Cell.of(body(place)), Cell.of(body(target + "%")), Cell.of(body(performance)),
                    Cell.of(body(trend))));
        }
        Row header = Row.of(label("Place"), label("Target"), label("Performance"), label("Trend"));
        String caption = "Table 1: Performance against key indicators by place";
        return List.of(Para.heading(caption, 10).before(12),
                Table.ruled(new double[] {160, 90, 110, 122}, header, rows).before(4).captioned(caption));
    }

    private static Para body(String text) {
        return Para.body(text, 10);
    }

    private static Cell label(String text) {
        return Cell.of(Para.bold(text, 10));
    }
}
