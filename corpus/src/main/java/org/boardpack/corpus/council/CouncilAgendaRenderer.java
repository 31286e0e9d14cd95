package org.boardpack.corpus.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.council.CouncilPlan.AgendaEntry;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/** The council front sheet (date, time, location, membership) and the {@code Item | Subject | Page Nos.} agenda. */
public final class CouncilAgendaRenderer {

    static final float LEFT = 72f;
    static final float SECOND = 200f;
    static final float RIGHT = 523f;
    private static final float[] WIDTHS = {45f, 345f, 61f};

    private final PageWriter w;
    private final PackAnswers answers;

    public CouncilAgendaRenderer(PageWriter w, PackAnswers answers) {
        this.w = w;
        this.answers = answers;
    }

    /** {@code paperPages} maps a paper key to its first and last page, or is empty on the measuring pass. */
    public void render(CouncilPlan plan, Map<String, int[]> paperPages) {
        Fonts f = w.fonts();
        Style s = f.regular(11);
        TextFlow flow = new TextFlow(w);
        w.newPage(false, null);
        int first = w.pageNumber();
        w.down(10);
        flow.centred(plan.councilName(), f.bold(18));
        flow.gap(4);
        flow.centred(plan.body(), f.bold(14));
        flow.gap(16);
        flow.line("Date: " + Dates.weekday(plan.packDate()) + ", " + Dates.dayMonthYear(plan.packDate()), f.bold(11), LEFT);
        flow.line("Time: " + Dates.councilClock(plan.packTime()), f.bold(11), LEFT);
        flow.paragraph("Location: " + plan.location(), f.bold(11), LEFT, RIGHT);
        answers.meeting(new Meeting(plan.packMeetingId(), plan.body(), plan.packDate().toString(),
                Dates.hhmm(plan.packTime()), plan.location()));
        flow.gap(16);
        flow.line("To:    Members of the " + plan.body(), s, LEFT);
        flow.gap(6);
        Style small = f.regular(10);
        List<Person> members = new ArrayList<>();
        members.add(plan.chair().withRole("Chairman of the " + plan.committee()));
        members.addAll(plan.present());
        for (Person p : members) {
            flow.labelled(p.honorific() + " " + p.given().charAt(0) + " " + p.family(), small, LEFT, p.role(), small,
                    SECOND, RIGHT);
        }
        flow.gap(16);
        flow.line("please ask for " + plan.clerk().given().charAt(0) + " " + plan.clerk().family(), s, LEFT);
        flow.line("direct line 0300 300 " + (4000 + plan.clerk().family().length() * 37), s, LEFT);
        flow.gap(10);
        flow.paragraph("*Please note that phones and other equipment may be used to film, record, tweet or blog "
                + "from this meeting. No part of the meeting room is exempt from public filming.", small, LEFT, RIGHT);

        w.newPage(false, null);
        flow.centred("AGENDA", f.bold(14));
        flow.gap(10);
        List<Row> rows = new ArrayList<>();
        List<Integer> rowOfEntry = new ArrayList<>();
        for (AgendaEntry e : plan.agenda()) {
            if (e.section() != null) {
                rows.add(Row.of(Band.of(List.of(), List.of(new Para(e.section(), f.bold(11))), List.of())));
            }
            rowOfEntry.add(rows.size());
            String pages = pages(e.paper(), paperPages);
            rows.add(Row.of(Band.of(List.of(new Para(e.number() + ".", f.bold(11))),
                    List.of(new Para(e.title(), f.bold(11)), new Para("", f.regular(4)), new Para(e.description(), s)),
                    pages == null ? List.of() : List.of(new Para(pages, s)))));
        }
        Band header = Band.of(List.of(new Para("Item", f.bold(11))), List.of(new Para("Subject", f.bold(11))),
                List.of(new Para("Page Nos.", f.bold(11))));
        DrawnTable table = new RuledTableDrawer(w).draw(new Layout(LEFT, WIDTHS, 5f, header, true), rows);
        answers.table(table.answer(null));
        for (int i = 0; i < plan.agenda().size(); i++) {
            AgendaEntry e = plan.agenda().get(i);
            answers.agendaItem(new AgendaItem(plan.packMeetingId(), e.number(), e.title(), null, null,
                    table.rowPage(rowOfEntry.get(i))));
        }
        answers.document(DocumentType.AGENDA, plan.body() + " Agenda", first, w.pageNumber(), plan.packMeetingId());
    }

    /** {@code 13 - 158}; on the measuring pass a placeholder of similar width. */
    private static String pages(String paper, Map<String, int[]> paperPages) {
        if (paper == null) {
            return null;
        }
        int[] span = paperPages.get(paper);
        return span == null ? "0 - 0" : span[0] + " - " + span[1];
    }
}
