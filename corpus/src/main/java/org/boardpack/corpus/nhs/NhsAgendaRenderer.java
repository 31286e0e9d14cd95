package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.nhs.NhsPlan.AgendaRow;
import org.boardpack.corpus.nhs.NhsPlan.SubItem;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/** Page 1 of an NHS pack: centred title block and the ruled {@code Item | Lead | Timings} table. */
public final class NhsAgendaRenderer {

    private static final float[] WIDTHS = {300f, 110f, 71.9f};

    private final PageWriter w;
    private final PackAnswers answers;

    public NhsAgendaRenderer(PageWriter w, PackAnswers answers) {
        this.w = w;
        this.answers = answers;
    }

    public void render(NhsPlan plan) {
        Fonts f = w.fonts();
        TextFlow flow = new TextFlow(w);
        w.newPage(false, null);
        int first = w.pageNumber();
        w.down(20);
        flow.centred(plan.agendaBody(), f.bold(16));
        flow.centred("Agenda", f.bold(13));
        flow.gap(10);
        flow.centred(Dates.dayMonthYear(plan.packDate()), f.regular(12));
        flow.centred(Dates.hour12(plan.packStart()) + " to " + Dates.hour12(plan.packEnd()), f.regular(12));
        flow.gap(6);
        flow.centred(plan.packLocationLine(), f.regular(12));
        flow.gap(18);
        answers.meeting(new Meeting(plan.packMeetingId(), plan.agendaBody(), plan.packDate().toString(),
                Dates.hhmm(plan.packStart()), plan.packLocation()));

        List<Row> rows = new ArrayList<>();
        for (AgendaRow r : plan.agenda()) {
            List<Para> item = new ArrayList<>();
            item.add(new Para((r.number() == null ? "" : r.number() + ". ") + r.title() + r.suffix(), f.bold(10)));
            if (r.description() != null) {
                item.add(new Para(r.description(), f.regular(10)));
            }
            for (SubItem s : r.subItems()) {
                item.add(new Para(s.letter() + ". " + s.title() + s.suffix(), f.regular(10), 14f));
            }
            item.add(new Para("", f.regular(6)));
            rows.add(Row.of(Band.of(item, lines(r.lead(), f), lines(r.time() == null ? null : clock(r), f))));
        }
        Band header = Band.of(List.of(new Para("Item", f.bold(11))), List.of(new Para("Lead", f.bold(11))),
                List.of(new Para("Timings", f.bold(11))));
        DrawnTable table = new RuledTableDrawer(w).draw(
                new Layout(PageWriter.PORTRAIT_LEFT, WIDTHS, 4f, header, true), rows);
        answers.table(table.answer(null));

        for (int i = 0; i < plan.agenda().size(); i++) {
            AgendaRow r = plan.agenda().get(i);
            int page = table.rowPage(i);
            String time = r.time() == null ? null : Dates.hhmm(r.time());
            answers.agendaItem(new AgendaItem(plan.packMeetingId(), r.number(), r.title(), r.lead(), time, page));
            for (SubItem s : r.subItems()) {
                answers.agendaItem(new AgendaItem(plan.packMeetingId(), r.number() + s.letter(), s.title(),
                        r.lead(), time, page));
            }
        }
        answers.document(DocumentType.AGENDA, plan.agendaBody() + " Agenda", first, w.pageNumber(), plan.packMeetingId());
    }

    private static List<Para> lines(String text, Fonts f) {
        return text == null ? List.of() : List.of(new Para(text, f.regular(10)));
    }

    /** On-the-hour times print as {@code 3.00 pm}, others as {@code 3:05 pm}, as the seed agenda mixes them. */
    private static String clock(AgendaRow r) {
        return Dates.clock12(r.time(), r.time().getMinute() == 0 ? "." : ":");
    }
}
