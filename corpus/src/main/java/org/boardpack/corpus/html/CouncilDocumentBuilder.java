package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.council.CouncilPlan;
import org.boardpack.corpus.council.CouncilPlan.AgendaEntry;
import org.boardpack.corpus.council.CouncilPlan.MinuteItem;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.corpus.html.PackDocument.Block;
import org.boardpack.corpus.html.PackDocument.Cell;
import org.boardpack.corpus.html.PackDocument.Para;
import org.boardpack.corpus.html.PackDocument.Row;
import org.boardpack.corpus.html.PackDocument.Section;
import org.boardpack.corpus.html.PackDocument.Table;
import org.boardpack.corpus.longreport.PrintedPaper;
import org.boardpack.corpus.people.Person;

/**
 * A council plan as a flowing document, with the wording of {@code org.boardpack.corpus.council}:
 * front sheet and agenda, minutes, reports, the work programme and its landscape appendix. Name
 * and role columns are borderless tables, as word processors lay them out.
 */
final class CouncilDocumentBuilder {

    /** Name and role columns: the PDFBox renderer's 72 / 200 / 523 pt stops. */
    static final double[] NAME_ROLE = {128, 323};
    /** A minute reference or paragraph number hanging left of its text. */
    static final double[] HANGING = {78, 373};

    private final CouncilPlan plan;
    private final PaperPages paperPages;
    private final Anchors anchors = new Anchors();
    private final List<Section> sections = new ArrayList<>();

    CouncilDocumentBuilder(CouncilPlan plan, PaperPages paperPages) {
        this.plan = plan;
        this.paperPages = paperPages;
    }

    /** @param papers the papers between the minutes and the work programme, in the PDFBox pack's order */
    Built build(List<PrintedPaper<CouncilPlan.Report>> papers) {
        frontSheet();
        agenda();
        minutes();
        CouncilReportSections reports = new CouncilReportSections(plan, anchors);
        LongReportSections longs = new LongReportSections(anchors);
        for (PrintedPaper<CouncilPlan.Report> p : papers) {
            switch (p) {
                case PrintedPaper.Planned<CouncilPlan.Report> r -> sections.add(reports.report(r.report()));
                case PrintedPaper.Composed<CouncilPlan.Report> c -> sections.addAll(longs.sections(c.content()));
            }
        }
        sections.addAll(reports.workProgramme(plan.agenda().get(plan.agenda().size() - 1).number()));
        return new Built(new PackDocument(plan.body() + " " + Dates.dayMonthYear(plan.packDate()), false, null, sections),
                anchors.list());
    }

    private void frontSheet() {
        List<Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.councilName() + " " + plan.body());
        b.add(Para.centred(plan.councilName(), 18, true).before(10));
        b.add(Para.centred(plan.body(), 14, true).before(4));
        b.add(Para.bold("Date: " + Dates.weekday(plan.packDate()) + ", " + Dates.dayMonthYear(plan.packDate()), 11)
                .before(16));
        b.add(Para.bold("Time: " + Dates.councilClock(plan.packTime()), 11));
        b.add(Para.bold("Location: " + plan.location(), 11));
        b.add(Para.body("To:    Members of the " + plan.body(), 11).before(16));
        List<Person> members = new ArrayList<>();
        members.add(plan.chair().withRole("Chairman of the " + plan.committee()));
        members.addAll(plan.present());
        List<Row> rows = new ArrayList<>();
        for (Person p : members) {
            rows.add(Row.of(text(p.honorific() + " " + p.given().charAt(0) + " " + p.family(), 10), text(p.role(), 10)));
        }
        b.add(Table.unruled(NAME_ROLE, rows).before(6));
        b.add(Para.body("please ask for " + plan.clerk().given().charAt(0) + " " + plan.clerk().family(), 11)
                .before(16));
        b.add(Para.body("direct line 0300 300 " + (4000 + plan.clerk().family().length() * 37), 11));
        b.add(Para.body("*Please note that phones and other equipment may be used to film, record, tweet or blog "
                + "from this meeting. No part of the meeting room is exempt from public filming.", 10).before(10));
        sections.add(new Section(false, null, b));
    }

    private void agenda() {
        List<Row> rows = new ArrayList<>();
        for (AgendaEntry e : plan.agenda()) {
            if (e.section() != null) {
                rows.add(Row.of(Cell.empty(), Cell.of(Para.bold(e.section(), 11)), Cell.empty()));
            }
            anchors.add(Target.AGENDA_ITEM, e.number() + ". " + e.title());
            rows.add(Row.of(Cell.of(Para.bold(e.number() + ".", 11)),
                    Cell.of(Para.bold(e.title(), 11), Para.body(e.description(), 11).before(4)),
                    text(paperPages.column(e.paper()), 11)));
        }
        Row header = Row.of(Cell.of(Para.bold("Item", 11)), Cell.of(Para.bold("Subject", 11)),
                Cell.of(Para.bold("Page Nos.", 11)));
        sections.add(new Section(false, null, List.of(Para.centred("AGENDA", 14, true),
                Table.ruled(new double[] {45, 345, 61}, header, rows).before(10))));
    }

    private void minutes() {
        List<Block> b = new ArrayList<>();
        String committee = plan.committee().toUpperCase(Locale.ROOT);
        b.add(Para.centred(plan.councilName().toUpperCase(Locale.ROOT), 12, true));
        anchors.add(Target.DOCUMENT, "At a meeting of the " + committee);
        b.add(Para.body("At a meeting of the " + committee + " held in " + plan.location() + " on "
                + Dates.weekday(plan.prevDate()) + ", " + Dates.dayMonthYear(plan.prevDate()), 11).before(10));
        b.add(Para.bold("PRESENT", 11).before(10));
        Person chair = plan.chair();
        anchors.add(Target.ATTENDANCE, chair.printed() + " (" + chair.role() + ")");
        b.add(Para.centred(chair.printed() + " (" + chair.role() + ")", 11, false).before(6));
        List<Row> present = new ArrayList<>();
        for (Person p : plan.present()) {
            anchors.add(Target.ATTENDANCE, p.printed() + " " + p.role());
            present.add(Row.of(text(p.printed(), 11), text(p.role(), 11)));
        }
        b.add(Table.unruled(NAME_ROLE, present).before(6));
        labelled(b, "Apologies for Absence:", plan.apologies(), false);
        labelled(b, "Absent from the Meeting:", plan.absent(), false);
        labelled(b, "Members in Attendance:", plan.membersInAttendance(), false);
        labelled(b, "Officers in Attendance:", plan.officers(), true);
        labelled(b, "Others in Attendance:", plan.others(), true);
        for (MinuteItem item : plan.minutes()) {
            b.add(Table.unruled(HANGING, List.of(Row.of(Cell.of(Para.bold(item.ref(), 11)),
                    new Cell(minute(item))))).before(14));
        }
        b.add(Para.body("(Note: The meeting commenced at " + Dates.councilClock(plan.commenced())
                + " and concluded at " + Dates.councilClock(plan.concluded()) + ")", 11).before(14));
        b.add(Para.body("Chairman \u2026\u2026\u2026\u2026\u2026.\u2026\u2026\u2026\u2026\u2026\u2026.", 11)
                .indented(78).before(24));
        b.add(Para.body("Dated \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026..", 11)
                .indented(78).before(12));
        sections.add(new Section(false, null, b));
    }

    /** A label in the left column beside the first name; the other names below it in the right column. */
    private void labelled(List<Block> b, String label, List<Person> people, boolean withRole) {
        if (people.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String text = withRole ? p.printed() + " \u2013 " + p.role() : p.printed();
            anchors.add(Target.ATTENDANCE, text);
            Para name = Para.body(text, 11).before(withRole && i > 0 ? 6 : 0);
            rows.add(Row.of(text(i == 0 ? label : "", 11), Cell.of(name)));
        }
        b.add(Table.unruled(NAME_ROLE, rows).before(10));
    }

    /** The minute's title, prose and resolutions, as the right-hand cell beside its reference. */
    private List<Para> minute(MinuteItem item) {
        List<Para> out = new ArrayList<>();
        out.add(Para.bold(item.title(), 11));
        for (String p : item.paragraphs()) {
            out.add(Para.body(p, 11).before(8));
        }
        List<String> res = item.resolutions();
        if (res.isEmpty()) {
            return out;
        }
        if (item.inline()) {
            String text = sentence(res.get(0));
            anchors.add(Target.DECISION, Texts.opening("RESOLVED " + text, 8));
            out.add(Para.body("RESOLVED " + text, 11).before(8));
        } else {
            out.add(Para.bold("RESOLVED", 11).before(8));
            for (int i = 0; i < res.size(); i++) {
                boolean last = i == res.size() - 1;
                String text = last ? sentence(res.get(i)) : res.get(i);
                String glue = last ? "" : i == res.size() - 2 ? "; and" : ";";
                anchors.add(Target.DECISION, Texts.opening(text, 8));
                out.add(Para.body(res.size() == 1 ? text : (i + 1) + ".  " + text + glue, 11).before(6));
            }
        }
        if (item.unanimous()) {
            out.add(Para.body("The decision was unanimous.", 11).before(8));
        }
        return out;
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    static Cell text(String s, double size) {
        return s == null ? Cell.empty() : Cell.of(Para.body(s, size));
    }
}
