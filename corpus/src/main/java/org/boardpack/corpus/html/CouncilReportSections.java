package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.council.CouncilPlan;
import org.boardpack.corpus.council.CouncilPlan.Report;
import org.boardpack.corpus.council.CouncilPlan.WorkItem;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;
import org.boardpack.corpus.people.Person;

/** Council reports as {@code CouncilReportRenderer} words them: header block, numbered paragraphs, RECOMMENDATIONS. */
final class CouncilReportSections {

    private static final double[] NUMBERED = {23, 428};

    private final CouncilPlan plan;
    private final Anchors anchors;

    CouncilReportSections(CouncilPlan plan, Anchors anchors) {
        this.plan = plan;
        this.anchors = anchors;
    }

    Section report(Report r) {
        List<Block> b = header(r.title(), r.officer().given().charAt(0) + " " + r.officer().family() + ", "
                + r.officer().role());
        int n = numbered(b, "Purpose of this report", r.purpose(), 1);
        recommendations(b, r.recommendations());
        n = numbered(b, "Background", r.background(), n);
        numbered(b, "Equalities Implications", List.of("The Public Sector Equality Duty requires public bodies to "
                + "consider all individuals when carrying out their day to day work, in shaping policy, in delivering "
                + "services and in relation to their own employees."), n);
        b.add(Para.heading("Appendices", 11).before(10));
        b.add(Para.body("None.", 11));
        return new Section(false, "Agenda Item " + r.agendaNumber(), b);
    }

    /** The work programme report and its landscape Appendix A. */
    List<Section> workProgramme(String agendaNumber) {
        String title = "Work Programme " + plan.municipalYear();
        Person lead = plan.present().get(0);
        List<Block> b = header(title, lead.given().charAt(0) + " " + lead.family() + ", " + lead.role());
        int n = numbered(b, "Purpose of this report", List.of("To present an updated work programme of items for "
                + "the " + plan.committee() + " for " + plan.municipalYear() + "."), 1);
        recommendations(b, List.of("consider and approve the work programme attached, subject to any "
                + "further amendments it may wish to make."));
        n = numbered(b, "Work Programme", List.of("Attached at Appendix A is the currently drafted work programme "
                + "for the " + plan.committee() + " for " + plan.municipalYear() + ".", "The work programme ensures "
                + "that the " + plan.committee() + " remains focused on key priority areas and activities to deliver "
                + "improved outcomes for the people of " + plan.area() + "."), n);
        numbered(b, "Appendices", List.of("Appendix A \u2013 " + plan.committee() + " Work Programme"), n);
        Section report = new Section(false, "Agenda Item " + agendaNumber, b);

        anchors.add(Target.DOCUMENT, "Appendix A " + plan.committee() + " Work Programme");
        List<Row> rows = new ArrayList<>();
        for (WorkItem item : plan.workProgramme()) {
            rows.add(Row.of(Cell.of(Para.bold(item.issue(), 9.5)), Cell.of(Para.body(item.description(), 9.5)),
                    Cell.of(Para.body(item.date(), 9.5)), Cell.of(Para.body(item.lead(), 9.5))));
        }
        Row header = Row.of(Cell.of(Para.bold("Issue for Decision", 10)), Cell.of(Para.bold("Description", 10)),
                Cell.of(Para.bold("Indicative Meeting Date", 10)),
                Cell.of(Para.bold("Lead Director and contact officer(s)", 10)));
        Section appendix = new Section(true, "Agenda Item " + agendaNumber, List.of(Para.bold("Appendix A", 12),
                Para.bold(plan.committee(), 13), Para.bold("Work Programme " + plan.municipalYear(), 12),
                Table.ruled(new double[] {170, 250, 110, 240}, header, rows).before(8)));
        return List.of(report, appendix);
    }

    private List<Block> header(String title, String officer) {
        List<Block> b = new ArrayList<>();
        b.add(Para.bold((plan.area() + " " + plan.committee()).toUpperCase(Locale.ROOT), 12));
        b.add(Table.unruled(CouncilDocumentBuilder.NAME_ROLE, List.of(Row.of(Cell.of(Para.bold("Date of Meeting", 11)),
                Cell.of(Para.body(Dates.dayMonthYear(plan.packDate()), 11))))).before(10));
        anchors.add(Target.DOCUMENT, title.toUpperCase(Locale.ROOT));
        b.add(Para.bold(title.toUpperCase(Locale.ROOT), 12).before(10));
        b.add(Para.body("Responsible Officer: " + officer, 11).before(10));
        String[] parts = officer.split(",")[0].split(" ");
        b.add(Para.body("Email: " + parts[0].toLowerCase(Locale.ROOT) + "." + parts[parts.length - 1]
                .toLowerCase(Locale.ROOT) + "@" + plan.area().toLowerCase(Locale.ROOT).replace(" ", "") + ".gov.uk", 11));
        b.add(Para.bold("Public", 11).before(10));
        return b;
    }

    /** A heading and paragraphs numbered from {@code start}, the number hanging left; returns the next number. */
    private static int numbered(List<Block> b, String heading, List<String> paragraphs, int start) {
        b.add(Para.heading(heading, 11).before(12));
        int n = start;
        List<Row> rows = new ArrayList<>();
        for (String p : paragraphs) {
            rows.add(Row.of(Cell.of(Para.body(n++ + ".", 11).before(6)), Cell.of(Para.body(p, 11).before(6))));
        }
        b.add(Table.unruled(NUMBERED, rows));
        return n;
    }

    private void recommendations(List<Block> b, List<String> recs) {
        b.add(Para.heading("RECOMMENDATIONS", 11).before(12));
        b.add(Para.body("The " + plan.committee() + " is asked to:", 11).before(6));
        int n = 1;
        for (String r : recs) {
            b.add(Para.bold(n++ + ".  " + r, 11).indented(23).before(6));
        }
    }
}
