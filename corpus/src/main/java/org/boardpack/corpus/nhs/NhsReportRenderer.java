package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.nhs.NhsPlan.Report;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.documents.DocumentType;

/** A paper behind an agenda item: a ruled cover sheet, then the report with a running header. */
public final class NhsReportRenderer {

    private static final float[] COVER = {130f, 351.9f};
    private static final List<String> PURPOSES = List.of("Information", "Approval", "To note", "Decision");

    private final PageWriter w;
    private final PackAnswers answers;
    private final Rng rng;

    public NhsReportRenderer(PageWriter w, PackAnswers answers, Rng rng) {
        this.w = w;
        this.answers = answers;
        this.rng = rng;
    }

    public void render(NhsPlan plan, Report r) {
        Fonts f = w.fonts();
        Style s = f.regular(10);
        Style b = f.bold(10);
        String header = plan.body() + " \u2013 " + Dates.dayMonthYear(plan.packDate()) + " \u2013 Agenda item "
                + r.agendaNumber();
        w.newPage(false, header);
        int cover = w.pageNumber();
        List<Para> purpose = new ArrayList<>();
        StringBuilder boxes = new StringBuilder();
        for (String p : PURPOSES) {
            boxes.append(p).append(p.equals(r.purpose()) ? " [x]   " : " [  ]   ");
        }
        purpose.add(new Para(boxes.toString().trim(), s));
        List<Para> recs = new ArrayList<>();
        for (String rec : r.recommendations()) {
            recs.add(new Para("\u2022 " + rec, s));
        }
        List<Row> rows = List.of(
                Row.of(Band.of(List.of(new Para("Meeting title", b)), List.of(new Para(plan.body(), s),
                        new Para("Date: " + Dates.dayMonthYear(plan.packDate()), s)))),
                row(new Para("Report title:", b), new Para(r.title(), s)),
                row(new Para("Agenda item:", b), new Para(r.agendaNumber(), s)),
                Row.of(Band.of(List.of(new Para("SRO:", b)), List.of(new Para("Name: " + r.sro().name(), s),
                        new Para("Title: " + r.sro().role(), s)))),
                Row.of(Band.of(List.of(new Para("Report Author:", b)), List.of(new Para("Name: " + r.author().name(), s),
                        new Para("Title: " + r.author().role(), s)))),
                row(new Para("Document summary", b), new Para("\u2022 " + r.summary(), s)),
                row(new Para("Ask of the Group", b), new Para(r.ask(), s)),
                Row.of(Band.of(List.of(new Para("Purpose", b), new Para("(tick one box only)", s)), purpose)),
                Row.of(Band.of(List.of(new Para("Recommendation", b)), recs)),
                row(new Para("Document history", b), new Para("These principles were presented to the CEO group on "
                        + Dates.ordinal(plan.packDate().minusWeeks(3)) + ".", s)),
                row(new Para("Appendices", b), new Para("None", s)));
        // the cover sheet is a label/value title block, which the annotation guide does not count as a
        // table (ruled or not): drawn, never answered
        new RuledTableDrawer(w).draw(new Layout(PageWriter.PORTRAIT_LEFT, COVER, 5f, null, false), rows);
        answers.document(DocumentType.COVER_SHEET, r.title(), cover, w.pageNumber(), plan.packMeetingId());

        w.newPage(false, header);
        int report = w.pageNumber();
        TextFlow flow = new TextFlow(w);
        flow.paragraph(r.title(), f.bold(14), PageWriter.PORTRAIT_LEFT, PageWriter.PORTRAIT_RIGHT);
        flow.gap(10);
        Style body = f.regular(11);
        int para = 0;
        for (int sec = 0; sec < r.sections().size(); sec++) {
            flow.gap(8);
            flow.line(r.sections().get(sec), f.bold(11), PageWriter.PORTRAIT_LEFT);
            flow.gap(4);
            int n = Math.max(1, r.paragraphs().size() / r.sections().size());
            for (int i = 0; i < n && para < r.paragraphs().size(); i++, para++) {
                flow.paragraph("\u2022 " + r.paragraphs().get(para), body, PageWriter.PORTRAIT_LEFT + 10,
                        PageWriter.PORTRAIT_LEFT + 20, PageWriter.PORTRAIT_RIGHT);
                flow.gap(6);
            }
            if (sec == 1 && r.withTable()) {
                table(plan, flow);
            }
        }
        answers.document(DocumentType.REPORT, r.title(), report, w.pageNumber(), plan.packMeetingId());
    }

    /** A small performance table under its caption. */
    private void table(NhsPlan plan, TextFlow flow) {
        Fonts f = w.fonts();
        Style s = f.regular(10);
        String caption = "Table 1: Performance against key indicators by place";
        flow.gap(6);
        flow.line(caption, f.bold(10), PageWriter.PORTRAIT_LEFT);
        flow.gap(4);
        List<Row> rows = new ArrayList<>();
        for (String place : plan.area().places()) {
            int target = rng.between(70, 95);
            rows.add(row(new Para(place, s), new Para(target + "%", s),
                    new Para(String.format("%d.%d%%", rng.between(60, 98), rng.between(0, 9)), s),
                    new Para(rng.pick("Improving", "Stable", "Deteriorating"), s)));
        }
        Band header = Band.of(List.of(new Para("Place", f.bold(10))), List.of(new Para("Target", f.bold(10))),
                List.of(new Para("Performance", f.bold(10))), List.of(new Para("Trend", f.bold(10))));
        answers.table(new RuledTableDrawer(w).draw(new Layout(PageWriter.PORTRAIT_LEFT,
                new float[] {160f, 90f, 110f, 121.9f}, 4f, header, true), rows).answer(caption));
        flow.gap(10);
    }

    private static Row row(Para... cells) {
        List<List<Para>> list = new ArrayList<>();
        for (Para p : cells) {
            list.add(List.of(p));
        }
        return Row.of(new Band(list));
    }
}
