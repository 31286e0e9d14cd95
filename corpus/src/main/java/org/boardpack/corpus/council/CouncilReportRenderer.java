package org.boardpack.corpus.council;

import static org.boardpack.corpus.council.CouncilAgendaRenderer.LEFT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.RIGHT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.SECOND;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.council.CouncilPlan.Report;
import org.boardpack.corpus.council.CouncilPlan.WorkItem;
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
 * Council reports: the committee header block, numbered paragraphs, RECOMMENDATIONS; and the work
 * programme report with its landscape appendix table.
 */
public final class CouncilReportRenderer {

    private static final float NUMBER_TEXT = 95f;
    private static final float[] WORK_WIDTHS = {170f, 250f, 110f, 240f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    public CouncilReportRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    /** Returns the report's first and last page. */
    public int[] report(CouncilPlan plan, Report r) {
        int first = header(plan, r.agendaNumber(), r.title(), r.officer().given().charAt(0) + " "
                + r.officer().family() + ", " + r.officer().role());
        TextFlow flow = new TextFlow(w);
        Fonts f = w.fonts();
        int n = numbered(flow, "Purpose of this report", r.purpose(), 1);
        recommendations(flow, plan, r.recommendations());
        n = numbered(flow, "Background", r.background(), n);
        if (variations.has(Variation.NON_TABLE_COLUMNS)) {
            new CouncilNonTables(w).draw(flow, new Rng(17L * r.title().hashCode() + r.agendaNumber().hashCode()));
        }
        if (variations.has(Variation.ACCOUNTS_STATEMENT)) {
            n = numbered(flow, "Financial Implications", List.of("The budget and spending to date for the "
                    + "services this report covers are set out below."), n);
            // a stream of its own from the report, so the statement draws the same on both passes
            new CouncilStatement(w, answers).draw(flow, new Rng(31L * r.title().hashCode() + r.agendaNumber().hashCode()));
        }
        numbered(flow, "Equalities Implications", List.of("The Public Sector Equality Duty requires public bodies to "
                + "consider all individuals when carrying out their day to day work, in shaping policy, in delivering "
                + "services and in relation to their own employees."), n);
        flow.gap(10);
        flow.line("Appendices", f.bold(11), LEFT);
        flow.line("None.", f.regular(11), LEFT);
        answers.document(DocumentType.REPORT, r.title(), first, w.pageNumber(), plan.packMeetingId());
        return new int[] {first, w.pageNumber()};
    }

    /** The work programme report and Appendix A; returns the first and last page of both. */
    public int[] workProgramme(CouncilPlan plan, String agendaNumber) {
        String title = "Work Programme " + plan.municipalYear();
        int first = header(plan, agendaNumber, title, plan.present().get(0).given().charAt(0) + " "
                + plan.present().get(0).family() + ", " + plan.present().get(0).role());
        TextFlow flow = new TextFlow(w);
        int n = numbered(flow, "Purpose of this report", List.of("To present an updated work programme of items for "
                + "the " + plan.committee() + " for " + plan.municipalYear() + "."), 1);
        recommendations(flow, plan, List.of("consider and approve the work programme attached, subject to any "
                + "further amendments it may wish to make."));
        n = numbered(flow, "Work Programme", List.of("Attached at Appendix A is the currently drafted work programme "
                + "for the " + plan.committee() + " for " + plan.municipalYear() + ".", "The work programme ensures "
                + "that the " + plan.committee() + " remains focused on key priority areas and activities to deliver "
                + "improved outcomes for the people of " + plan.area() + "."), n);
        numbered(flow, "Appendices", List.of("Appendix A \u2013 " + plan.committee() + " Work Programme"), n);
        answers.document(DocumentType.REPORT, title, first, w.pageNumber(), plan.packMeetingId());

        Fonts f = w.fonts();
        Style s = f.regular(9.5f);
        w.newPage(true, "Agenda Item " + agendaNumber);
        int appendix = w.pageNumber();
        // appendices are headed as such, as the report refers to them ("Attached at Appendix A")
        flow.line("Appendix A", f.bold(12), PageWriter.LANDSCAPE_LEFT);
        flow.line(plan.committee(), f.bold(13), PageWriter.LANDSCAPE_LEFT);
        flow.line("Work Programme " + plan.municipalYear(), f.bold(12), PageWriter.LANDSCAPE_LEFT);
        flow.gap(8);
        List<Row> rows = new ArrayList<>();
        for (WorkItem item : plan.workProgramme()) {
            rows.add(Row.of(Band.of(List.of(new Para(item.issue(), f.bold(9.5f))), List.of(new Para(item.description(), s)),
                    List.of(new Para(item.date(), s)), List.of(new Para(item.lead(), s)))));
        }
        Band header = Band.of(List.of(new Para("Issue for Decision", f.bold(10))), List.of(new Para("Description",
                f.bold(10))), List.of(new Para("Indicative Meeting Date", f.bold(10))),
                List.of(new Para("Lead Director and contact officer(s)", f.bold(10))));
        // the headings above it title the appendix, not the table: no caption
        answers.table(new RuledTableDrawer(w).draw(new Layout(PageWriter.LANDSCAPE_LEFT, WORK_WIDTHS, 4f, header, true),
                rows).answer(null));
        answers.document(DocumentType.APPENDIX, "Appendix A \u2013 " + plan.committee() + " Work Programme", appendix,
                w.pageNumber(), plan.packMeetingId());
        return new int[] {first, w.pageNumber()};
    }

    private int header(CouncilPlan plan, String agendaNumber, String title, String officer) {
        Fonts f = w.fonts();
        Style s = f.regular(11);
        TextFlow flow = new TextFlow(w);
        w.newPage(false, "Agenda Item " + agendaNumber);
        int first = w.pageNumber();
        flow.paragraph((plan.area() + " " + plan.committee()).toUpperCase(Locale.ROOT), f.bold(12), LEFT, RIGHT);
        flow.gap(10);
        flow.labelled("Date of Meeting", f.bold(11), LEFT, Dates.dayMonthYear(plan.packDate()), s, SECOND, RIGHT);
        flow.gap(10);
        flow.paragraph(title.toUpperCase(Locale.ROOT), f.bold(12), LEFT, RIGHT);
        flow.gap(10);
        flow.paragraph("Responsible Officer: " + officer, s, LEFT, RIGHT);
        String[] parts = officer.split(",")[0].split(" ");
        flow.line("Email: " + parts[0].toLowerCase(Locale.ROOT) + "." + parts[parts.length - 1].toLowerCase(Locale.ROOT)
                + "@" + plan.area().toLowerCase(Locale.ROOT).replace(" ", "") + ".gov.uk", s, LEFT);
        flow.gap(10);
        flow.line("Public", f.bold(11), LEFT);
        return first;
    }

    /** A heading and paragraphs numbered from {@code start}; returns the next number. */
    private int numbered(TextFlow flow, String heading, List<String> paragraphs, int start) {
        Style s = w.fonts().regular(11);
        flow.gap(12);
        flow.line(heading, w.fonts().bold(11), LEFT);
        int n = start;
        for (String p : paragraphs) {
            flow.gap(6);
            flow.labelled(n++ + ".", s, LEFT, p, s, NUMBER_TEXT, RIGHT);
        }
        return n;
    }

    private void recommendations(TextFlow flow, CouncilPlan plan, List<String> recs) {
        Style s = w.fonts().regular(11);
        flow.gap(12);
        flow.line("RECOMMENDATIONS", w.fonts().bold(11), LEFT);
        flow.gap(6);
        flow.line("The " + plan.committee() + " is asked to:", s, LEFT);
        int n = 1;
        for (String r : recs) {
            flow.gap(6);
            flow.labelled(n++ + ".", w.fonts().bold(11), NUMBER_TEXT, r, w.fonts().bold(11), NUMBER_TEXT + 20, RIGHT);
        }
    }
}
