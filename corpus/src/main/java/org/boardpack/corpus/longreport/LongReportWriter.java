package org.boardpack.corpus.longreport;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.longreport.ReportContent.Block;
import org.boardpack.corpus.longreport.ReportContent.Figures;
import org.boardpack.corpus.longreport.ReportContent.Paragraph;
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

/**
 * Draws a long report with PDFBox: a title block, sections of prose with performance and finance
 * tables, filled until the report reaches its page budget, and optionally a landscape appendix.
 * Its sections share the budget evenly, so a 20-page report has long sections rather than many.
 * The words come from a {@link ReportComposer}; what was drawn is returned, for other producers.
 */
public final class LongReportWriter {

    private static final float[] PERF = {150f, 55f, 62f, 62f, 62f, 90.9f};
    private static final float[] FIN = {161.9f, 80f, 80f, 80f, 80f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Rng rng;
    private final Vocabulary vocab;

    public LongReportWriter(PageWriter w, PackAnswers answers, Rng rng, Vocabulary vocab) {
        this.w = w;
        this.answers = answers;
        this.rng = rng;
        this.vocab = vocab;
    }

    /** Draws the report (and appendix) from a fresh page; returns what it said. */
    public ReportContent write(LongReport r) {
        Fonts f = w.fonts();
        ReportComposer composer = new ReportComposer(r, vocab, rng);
        TextFlow flow = new TextFlow(w);
        float left = PageWriter.PORTRAIT_LEFT;
        float right = PageWriter.PORTRAIT_RIGHT;
        w.newPage(false, r.runningHeader());
        int first = w.pageNumber();
        if (r.agendaItem() != null) {
            flow.line("Agenda item " + r.agendaItem(), f.bold(11), left);
            flow.gap(8);
        }
        flow.paragraph(r.title(), f.bold(16), left, right);
        flow.gap(6);
        flow.line("Report of: " + r.author(), f.regular(11), left);
        flow.line("Date: " + Dates.dayMonthYear(r.date()), f.regular(11), left);
        flow.gap(14);
        Style body = f.regular(10.5f);
        int sections = composer.sectionCount();
        for (int s = 0; s < sections; s++) {
            flow.gap(10);
            flow.line(composer.section(s), f.bold(12), left);
            flow.gap(4);
            // at least two paragraphs, then more until this section's share of the budget is used
            while (composer.needsMore() || (w.pageNumber() - first + 1) * sections < r.pages() * (s + 1)) {
                for (Block b : composer.next()) {
                    switch (b) {
                        case Paragraph p when p.number() != null -> {
                            flow.labelled(p.number(), body, left, p.text(), body, left + 34, right);
                            flow.gap(6);
                        }
                        case Paragraph p -> {
                            flow.paragraph(p.text(), body, left, right);
                            flow.gap(6);
                        }
                        case Figures t -> table(flow, t);
                    }
                }
            }
        }
        answers.document(DocumentType.REPORT, r.title(), first, w.pageNumber(), r.meeting());
        Figures appendix = composer.appendix();
        if (appendix != null) {
            appendix(r, flow, appendix);
        }
        return composer.content();
    }

    /** A performance table (indicator, target, three months, trend) or a finance table in £m. */
    private void table(TextFlow flow, Figures t) {
        Fonts f = w.fonts();
        flow.gap(4);
        flow.line(t.caption(), f.bold(10), PageWriter.PORTRAIT_LEFT);
        float[] widths = t.kind() == ReportContent.Kind.PERFORMANCE ? PERF : FIN;
        answers.table(new RuledTableDrawer(w).draw(new Layout(PageWriter.PORTRAIT_LEFT, widths, 3f,
                band(f.bold(9), t.header()), true), rows(f.regular(9), t)).answer(t.caption()));
        flow.gap(8);
    }

    /** A landscape appendix: every indicator by month, a table that breaks across pages with its header. */
    private void appendix(LongReport r, TextFlow flow, Figures t) {
        Fonts f = w.fonts();
        w.newPage(true, r.runningHeader());
        int first = w.pageNumber();
        flow.line(t.caption(), f.bold(13), PageWriter.LANDSCAPE_LEFT);
        flow.gap(8);
        float[] widths = new float[t.header().size()];
        widths[0] = 190f;
        widths[1] = 48f;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 44f;
        }
        answers.table(new RuledTableDrawer(w).draw(new Layout(PageWriter.LANDSCAPE_LEFT, widths, 3f,
                band(f.bold(8), t.header()), true), rows(f.regular(8), t)).answer(t.caption()));
        answers.document(DocumentType.APPENDIX, t.caption(), first, w.pageNumber(), r.meeting());
    }

    private static List<Row> rows(Style style, Figures t) {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : t.rows()) {
            rows.add(Row.of(band(style, cells)));
        }
        return rows;
    }

    private static Band band(Style style, List<String> cells) {
        List<List<Para>> list = new ArrayList<>();
        for (String c : cells) {
            list.add(List.of(new Para(c, style)));
        }
        return new Band(list);
    }
}
