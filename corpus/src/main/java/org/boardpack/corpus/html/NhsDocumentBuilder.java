package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;
import org.boardpack.corpus.longreport.PrintedPaper;
import org.boardpack.corpus.nhs.NhsActionLogRenderer;
import org.boardpack.corpus.nhs.NhsPlan;
import org.boardpack.corpus.nhs.NhsPlan.AgendaRow;
import org.boardpack.corpus.nhs.NhsPlan.LogRow;
import org.boardpack.corpus.nhs.NhsPlan.MinuteItem;
import org.boardpack.corpus.nhs.NhsPlan.SubItem;
import org.boardpack.corpus.nhs.NhsPlan.Update;
import org.boardpack.corpus.people.Person;

/**
 * An NHS plan as a flowing document, with the wording of the PDFBox renderers in
 * {@code org.boardpack.corpus.nhs}: agenda, minutes, action log, then each paper's cover sheet and
 * report. Anchors are added in print order with the index the PDFBox renderer gave the answer.
 */
final class NhsDocumentBuilder {

    private final NhsPlan plan;
    private final Anchors anchors = new Anchors();
    private final List<Section> sections = new ArrayList<>();
    private int decisions;
    private int actions;

    NhsDocumentBuilder(NhsPlan plan) {
        this.plan = plan;
    }

    /**
     * @param rng    the one the plan was drawn from, so report tables get the PDFBox pack's figures
     * @param papers the papers after the action log, in the PDFBox pack's order
     */
    Built build(Rng rng, List<PrintedPaper<NhsPlan.Report>> papers) {
        agenda();
        minutes();
        actionLog();
        NhsReportSections reports = new NhsReportSections(plan, anchors, rng);
        LongReportSections longs = new LongReportSections(anchors);
        for (PrintedPaper<NhsPlan.Report> p : papers) {
            sections.addAll(switch (p) {
                case PrintedPaper.Planned<NhsPlan.Report> r -> reports.sections(r.report());
                case PrintedPaper.Composed<NhsPlan.Report> c -> longs.sections(c.content());
            });
        }
        return new Built(new PackDocument(plan.body() + " " + Dates.dayMonthYear(plan.packDate()), true, null, sections),
                anchors.list());
    }

    private void agenda() {
        List<PackDocument.Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.body() + " Agenda");
        b.add(Para.centred(plan.body(), 16, true).before(20));
        b.add(Para.centred("Agenda", 13, true));
        b.add(Para.centred(Dates.dayMonthYear(plan.packDate()), 12, false).before(10));
        b.add(Para.centred(Dates.hour12(plan.packStart()) + " to " + Dates.hour12(plan.packEnd()), 12, false));
        b.add(Para.centred(plan.packLocationLine(), 12, false).before(6));
        List<Row> rows = new ArrayList<>();
        for (AgendaRow r : plan.agenda()) {
            String heading = (r.number() == null ? "" : r.number() + ". ") + r.title();
            anchors.add(Target.AGENDA_ITEM, heading);
            List<Para> item = new ArrayList<>();
            item.add(Para.bold(heading + r.suffix(), 10));
            if (r.description() != null) {
                item.add(Para.body(r.description(), 10));
            }
            for (SubItem s : r.subItems()) {
                anchors.add(Target.AGENDA_ITEM, s.letter() + ". " + s.title());
                item.add(Para.body(s.letter() + ". " + s.title() + s.suffix(), 10).indented(14));
            }
            rows.add(Row.of(new Cell(item), text(r.lead(), 10),
                    text(r.time() == null ? null : Dates.clock12(r.time(), r.time().getMinute() == 0 ? "." : ":"), 10)));
        }
        Row header = Row.of(Cell.of(Para.bold("Item", 11)), Cell.of(Para.bold("Lead", 11)),
                Cell.of(Para.bold("Timings", 11)));
        b.add(Table.ruled(new double[] {300, 110, 72}, header, rows));
        sections.add(new Section(false, null, b));
    }

    private void minutes() {
        List<PackDocument.Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.body() + " Minutes");
        b.add(Para.centred(plan.body() + " Minutes", 14, true));
        b.add(Para.centred(Dates.weekday(plan.prevDate()) + " " + Dates.ordinal(plan.prevDate()), 11, true));
        b.add(Para.centred("Time: " + Dates.hhmm(plan.prevTime()) + "hrs", 11, false));
        b.add(Para.centred(plan.prevLocation(), 11, false));
        people(b, "MEMBERS", plan.members(), true);
        people(b, "APOLOGIES", plan.apologies(), false);
        people(b, "ATTENDEES", plan.attendees(), true);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Cell.empty(), Cell.of(Para.bold("Welcome", 10),
                Para.body("The Chair welcomed everyone to the meeting", 10)), Cell.empty()));
        for (MinuteItem item : plan.minuteItems()) {
            rows.addAll(new NhsMinuteRows(item, plan.dottedNumbers(), anchors, decisions, actions).rows());
            decisions += (item.decision() == null ? 0 : 1) + (item.approval() == null ? 0 : 1);
            actions += item.actions().size();
        }
        Row header = Row.of(Cell.of(Para.bold("Item No.", 10)), Cell.of(Para.bold("Discussion", 10)),
                Cell.of(Para.bold("Action", 10)));
        b.add(Table.ruled(new double[] {45, 350, 87}, header, rows).before(12));
        b.add(Para.body("The meeting closed at " + Dates.hhmm(plan.closedAt()) + "hrs", 10).before(8));
        sections.add(new Section(false, null, b));
    }

    /** A list heading and its people: name (role) left, initials in a right-hand column, no rules. */
    private void people(List<PackDocument.Block> b, String heading, List<Person> people, boolean initials) {
        b.add(Para.heading(heading, 10).before(10));
        if (!initials) {
            for (Person p : people) {
                anchors.add(Target.ATTENDANCE, p.printed() + " (" + p.role() + ")");
                b.add(Para.body(p.printed() + " (" + p.role() + ")", 10));
            }
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (Person p : people) {
            anchors.add(Target.ATTENDANCE, p.printed() + " (" + p.role() + ")");
            rows.add(Row.of(text(p.printed() + " (" + p.role() + ")", 10), text(p.initials(), 10)));
        }
        b.add(Table.unruled(new double[] {393, 89}, rows));
    }

    private void actionLog() {
        List<PackDocument.Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.body() + " Action Log");
        b.add(Para.bold(plan.body() + " Action Log - Updated " + Dates.paddedDayMonthYear(plan.logUpdated()), 12));
        List<Cell> header = new ArrayList<>();
        for (String c : NhsActionLogRenderer.COLUMNS) {
            header.add(Cell.of(Para.bold(c, 9)));
        }
        List<Row> rows = new ArrayList<>();
        for (LogRow r : plan.log()) {
            // the log's answers follow the minutes' actions
            anchors.add(Target.ACTION, actions++, r.ref() + " " + Dates.logDate(r.raised()));
            List<Para> comments = new ArrayList<>();
            for (Update u : r.updates()) {
                comments.add(Para.body(Dates.dotted(u.date()) + u.separator() + u.text(), 8.5));
            }
            rows.add(Row.of(text(r.ref(), 8.5), text(Dates.logDate(r.raised()), 8.5), text(r.item(), 8.5),
                    text(r.action(), 8.5), text(r.responsible(), 8.5), text(Dates.logMonth(r.due()), 8.5),
                    text(r.status(), 8.5), new Cell(comments)));
        }
        b.add(Table.ruled(new double[] {32, 52, 95, 165, 85, 50, 48, 243}, new Row(header, false), rows).before(8));
        sections.add(new Section(true, null, b));
    }

    static Cell text(String s, double size) {
        return s == null ? Cell.empty() : Cell.of(Para.body(s, size));
    }
}
