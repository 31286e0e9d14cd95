package org.boardpack.corpus.html;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.charity.AttendeeList;
import org.boardpack.corpus.charity.CharityClock;
import org.boardpack.corpus.charity.CharityPlan;
import org.boardpack.corpus.charity.CharityPlan.AgendaEntry;
import org.boardpack.corpus.charity.CharityPlan.MinuteItem;
import org.boardpack.corpus.charity.CharityPlan.MinutePara;
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
 * A charity plan as a flowing document, with the wording of {@code org.boardpack.corpus.charity}:
 * the agenda under a key-value block, the minutes with their attendee lists and numbered
 * paragraphs whose owners sit in the action column, then the papers (long reports). The
 * registration line is the footer of every page.
 */
final class CharityDocumentBuilder {

    private static final double[] KEY_VALUE = {110, 372};

    private final CharityPlan plan;
    private final Anchors anchors = new Anchors();
    private final List<Section> sections = new ArrayList<>();

    CharityDocumentBuilder(CharityPlan plan) {
        this.plan = plan;
    }

    /** @param papers the papers after the minutes, in the PDFBox pack's order */
    Built build(List<PrintedPaper<CharityPlan.Paper>> papers) {
        agenda();
        minutes();
        LongReportSections longs = new LongReportSections(anchors);
        for (PrintedPaper<CharityPlan.Paper> p : papers) {
            if (!(p instanceof PrintedPaper.Composed<CharityPlan.Paper> c)) {
                throw new IllegalArgumentException("charity papers are long reports: " + p);
            }
            sections.addAll(longs.sections(c.content()));
        }
        String footer = plan.charity() + " \u00b7 Registered charity no. " + plan.regNumber()
                + " \u00b7 Registered office: " + plan.office();
        return new Built(new PackDocument(plan.charity() + " " + Dates.dayMonthYear(plan.packDate()), false, footer,
                sections), anchors.list());
    }

    private void agenda() {
        List<Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.charity() + " Agenda");
        b.add(Para.bold(plan.charity(), 16));
        b.add(Para.bold("Agenda", 13));
        b.add(keyValue(List.of(List.of("Title of meeting", plan.meetingTitle()),
                List.of("Date", Dates.weekday(plan.packDate()) + " " + Dates.dayMonthYear(plan.packDate())),
                List.of("Time", CharityClock.span(plan.packStart(), plan.packEnd())),
                List.of("Place", plan.packPlace()))).before(10));
        List<Row> rows = new ArrayList<>();
        for (AgendaEntry a : plan.agenda()) {
            boolean sub = a.number().contains(".");
            anchors.add(Target.AGENDA_ITEM, a.title());
            Para number = sub ? Para.body(a.number(), 10) : Para.bold(a.number(), 10);
            Para title = sub ? Para.body(a.title(), 10).indented(12) : Para.bold(a.title(), 10);
            rows.add(Row.of(Cell.of(number), Cell.of(title), text(a.lead()), text(a.paper()),
                    text(a.time() == null ? null : CharityClock.clock(a.time()))));
        }
        Row header = Row.of(label("No."), label("Item"), label("Lead"), label("Paper"), label("Time"));
        b.add(Table.ruled(new double[] {38, 282, 52, 56, 54}, header, rows).before(14));
        sections.add(new Section(false, null, b));
    }

    private void minutes() {
        List<Block> b = new ArrayList<>();
        anchors.add(Target.DOCUMENT, plan.charity() + " Minutes");
        b.add(Para.bold(plan.charity(), 14));
        b.add(Para.bold("Minutes", 12));
        List<String> present = attendance(plan.present(), false);
        List<String> invited = attendance(plan.invited(), true);
        List<String> apologies = attendance(plan.apologies(), false);
        b.add(keyValue(List.of(List.of("Title of meeting", plan.meetingTitle()),
                List.of("Date", Dates.weekday(plan.prevDate()) + " " + Dates.dayMonthYear(plan.prevDate())),
                List.of("Place", plan.prevPlace()),
                List.of("Time", CharityClock.span(plan.prevStart(), plan.prevEnd())),
                List.of("Attendees", String.join(", ", present)),
                List.of(plan.invitedLabel(), String.join(", ", invited)),
                List.of("Apologies", String.join(", ", apologies)))).before(8));
        List<Row> rows = new ArrayList<>();
        for (MinuteItem item : plan.minutes()) {
            // the item's heading is an agenda item of the minutes' meeting
            anchors.add(Target.AGENDA_ITEM, item.title());
            rows.add(Row.of(Cell.of(Para.bold(item.number() + ".", 10)), Cell.of(Para.bold(item.title(), 10)),
                    Cell.empty()));
            for (MinutePara p : item.paras()) {
                if (p.kind() != null) {
                    anchors.add(Target.DECISION, Texts.opening(p.text(), 8));
                }
                if (p.owner() != null) {
                    anchors.add(Target.ACTION, Texts.opening(p.text(), 8));
                }
                Cell owner = p.owner() == null ? Cell.empty() : Cell.of(Para.bold(p.owner(), 10));
                rows.add(Row.of(text(p.number()), text(p.text()), owner).asJoined());
            }
        }
        Row header = Row.of(label("No."), label("Minute"), label("Action"));
        b.add(Table.ruled(new double[] {38, 384, 60}, header, rows).before(12));
        b.add(Para.body("The meeting closed at " + CharityClock.clock(plan.prevEnd()) + ".", 10).before(10));
        b.add(Para.body("Date of next meeting: " + Dates.weekday(plan.packDate()) + " "
                + Dates.dayMonthYear(plan.packDate()), 10));
        b.add(Para.body("Signed (Chair) ..............................................    Date ....................",
                10).before(24));
        sections.add(new Section(false, null, b));
    }

    /** Anchors each person, in the order the answers list them, and returns the list's entries. */
    private List<String> attendance(List<Person> people, boolean staff) {
        List<String> entries = new ArrayList<>();
        for (Person p : people) {
            String entry = AttendeeList.entry(plan, p, staff);
            anchors.add(Target.ATTENDANCE, entry);
            entries.add(entry);
        }
        return entries;
    }

    private static Table keyValue(List<List<String>> entries) {
        List<Row> rows = new ArrayList<>();
        for (List<String> e : entries) {
            rows.add(Row.of(Cell.of(Para.bold(e.get(0), 10)), text(e.get(1))));
        }
        return Table.titleBlock(KEY_VALUE, rows);
    }

    private static Cell label(String text) {
        return Cell.of(Para.bold(text, 10));
    }

    private static Cell text(String s) {
        return s == null ? Cell.empty() : Cell.of(Para.body(s, 10));
    }
}
