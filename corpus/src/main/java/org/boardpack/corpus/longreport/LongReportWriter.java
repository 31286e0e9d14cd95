package org.boardpack.corpus.longreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.longreport.Vocabulary.ReportKind;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.extract.documents.DocumentType;

/**
 * Draws a long report: a title block, sections of prose with performance and finance tables,
 * filled until the report reaches its page budget, and optionally a landscape appendix. Its
 * sections share the budget evenly, so a 20-page report has long sections rather than many.
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

    /** Draws the report (and appendix) from a fresh page; returns its first and last page. */
    public int[] write(LongReport r) {
        Fonts f = w.fonts();
        Prose prose = new Prose(vocab, rng, r.date());
        ReportKind kind = vocab.titles().stream().filter(k -> r.title().startsWith(k.title())).findFirst()
                .orElse(vocab.titles().get(0));
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
        List<String> sections = kind.sections();
        for (int s = 0; s < sections.size(); s++) {
            flow.gap(10);
            String heading = r.numbered() ? (s + 1) + ". " + sections.get(s) : sections.get(s);
            flow.line(heading, f.bold(12), left);
            flow.gap(4);
            int n = 1;
            // at least two paragraphs, then more until this section's share of the budget is used
            while (n <= 2 || (w.pageNumber() - first + 1) * sections.size() < r.pages() * (s + 1)) {
                String text = prose.paragraph();
                if (r.numbered()) {
                    flow.labelled((s + 1) + "." + n, body, left, text, body, left + 34, right);
                } else {
                    flow.paragraph(text, body, left, right);
                }
                flow.gap(6);
                if (n == 2 && s % 2 == 1) {
                    table(flow, prose, r.date(), s % 4 == 1);
                }
                n++;
            }
        }
        answers.document(DocumentType.REPORT, r.title(), first, w.pageNumber(), r.meeting());
        if (r.appendix()) {
            appendix(r, flow, prose);
        }
        return new int[] {first, w.pageNumber()};
    }

    /** A performance table (indicator, target, three months, trend) or a finance table in £m. */
    private void table(TextFlow flow, Prose prose, LocalDate date, boolean performance) {
        Fonts f = w.fonts();
        Style s = f.regular(9);
        Style b = f.bold(9);
        flow.gap(4);
        List<Row> rows = new ArrayList<>();
        Band header;
        float[] widths;
        if (performance) {
            flow.line("Table: key indicators, " + prose.month(), f.bold(10), PageWriter.PORTRAIT_LEFT);
            header = band(b, "Indicator", "Target", Dates.logMonth(date.minusMonths(3)),
                    Dates.logMonth(date.minusMonths(2)), Dates.logMonth(date.minusMonths(1)), "Trend");
            for (String m : rng.sample(vocab.metrics(), rng.between(5, Math.min(12, vocab.metrics().size())))) {
                boolean count = m.endsWith("(number)");
                rows.add(Row.of(band(s, m.replace(" (number)", ""), count ? "-" : rng.between(75, 95) + "%",
                        count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                        count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                        count ? String.valueOf(rng.between(20, 900)) : prose.pct(),
                        rng.pick("Improving", "Stable", "Deteriorating", "Not yet known"))));
            }
            widths = PERF;
        } else {
            flow.line("Table: income and expenditure to date (£m)", f.bold(10), PageWriter.PORTRAIT_LEFT);
            header = band(b, "£m", "Annual budget", "Budget to date", "Actual to date", "Variance");
            for (String line : vocab.financeLines()) {
                int budget = rng.between(5, 400);
                int ytd = budget * rng.between(4, 9) / 12;
                int actual = ytd + rng.between(-ytd / 10 - 1, ytd / 10 + 1);
                rows.add(Row.of(band(s, line, tenths(budget), tenths(ytd), tenths(actual), variance(ytd - actual))));
            }
            widths = FIN;
        }
        new RuledTableDrawer(w).draw(new Layout(PageWriter.PORTRAIT_LEFT, widths, 3f, header, true), rows);
        flow.gap(8);
    }

    /** A landscape appendix: every indicator by month, a table that breaks across pages with its header. */
    private void appendix(LongReport r, TextFlow flow, Prose prose) {
        Fonts f = w.fonts();
        w.newPage(true, r.runningHeader());
        int first = w.pageNumber();
        String title = "Appendix 1: " + r.title() + " \u2013 monthly dashboard";
        flow.line(title, f.bold(13), PageWriter.LANDSCAPE_LEFT);
        flow.gap(8);
        List<String> cells = new ArrayList<>(List.of("Indicator", "Target"));
        for (int m = 11; m >= 0; m--) {
            LocalDate d = r.date().minusMonths(m + 1L);
            cells.add(Dates.logMonth(d));
        }
        float[] widths = new float[cells.size()];
        widths[0] = 190f;
        widths[1] = 48f;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 44f;
        }
        List<Row> rows = new ArrayList<>();
        int n = rng.between(18, 30);
        for (int i = 0; i < n; i++) {
            String metric = vocab.metrics().get(i % vocab.metrics().size()).replace(" (number)", "");
            String place = vocab.places().get(i / vocab.metrics().size() % vocab.places().size());
            List<String> row = new ArrayList<>(List.of(metric + " \u2013 " + place, rng.between(75, 95) + "%"));
            for (int m = 0; m < 12; m++) {
                row.add(prose.pct());
            }
            rows.add(Row.of(band(f.regular(8), row.toArray(String[]::new))));
        }
        new RuledTableDrawer(w).draw(new Layout(PageWriter.LANDSCAPE_LEFT, widths, 3f,
                band(f.bold(8), cells.toArray(String[]::new)), true), rows);
        answers.document(DocumentType.APPENDIX, title, first, w.pageNumber(), r.meeting());
    }

    private static Band band(Style style, String... cells) {
        List<List<Para>> list = new ArrayList<>();
        for (String c : cells) {
            list.add(List.of(new Para(c, style)));
        }
        return new Band(list);
    }

    private static String tenths(int v) {
        return String.format("%d.%d", v / 10, Math.abs(v % 10));
    }

    /** Adverse variances in brackets, as finance reports print them. */
    private static String variance(int v) {
        return v < 0 ? "(" + tenths(-v) + ")" : tenths(v);
    }
}
