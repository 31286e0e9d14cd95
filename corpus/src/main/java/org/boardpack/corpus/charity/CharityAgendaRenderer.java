package org.boardpack.corpus.charity;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.charity.CharityPlan.AgendaEntry;
import org.boardpack.corpus.pdf.DrawnTable;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.KeyValueTable;
import org.boardpack.corpus.pdf.KeyValueTable.Entry;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.RuledTableDrawer;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.Table.Band;
import org.boardpack.corpus.pdf.Table.Layout;
import org.boardpack.corpus.pdf.Table.Para;
import org.boardpack.corpus.pdf.Table.Row;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/** Page 1 of a charity pack: the charity's name, a key-value block for the meeting, and the agenda table. */
public final class CharityAgendaRenderer {

    private static final float[] WIDTHS = {38f, 282f, 52f, 56f, 53.9f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    public CharityAgendaRenderer(PageWriter w, PackAnswers answers) {
        this(w, answers, Variations.NONE);
    }

    public CharityAgendaRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    public void render(CharityPlan plan) {
        Fonts f = w.fonts();
        TextFlow flow = new TextFlow(w);
        w.newPage(false, null);
        int first = w.pageNumber();
        flow.line(plan.charity(), f.bold(16), w.left());
        flow.line("Agenda", f.bold(13), w.left());
        flow.gap(10);
        // a label/value title block, which the annotation guide does not count as a table: no table answer
        new KeyValueTable(w).draw(List.of(new Entry("Title of meeting", plan.meetingTitle()),
                new Entry("Date", Dates.weekday(plan.packDate()) + " " + Dates.dayMonthYear(plan.packDate())),
                new Entry("Time", CharityClock.span(plan.packStart(), plan.packEnd(), variations)),
                new Entry("Place", plan.packPlace())), 110f, f.bold(10), f.regular(10));
        answers.meeting(new Meeting(plan.packMeetingId(), plan.body(), plan.packDate().toString(),
                Dates.hhmm(plan.packStart()), plan.packPlace()));
        flow.gap(14);

        Style s = f.regular(10);
        Style b = f.bold(10);
        List<Row> rows = new ArrayList<>();
        for (AgendaEntry a : plan.agenda()) {
            boolean sub = a.number().contains(".");
            rows.add(Row.of(Band.of(List.of(new Para(a.number(), sub ? s : b)),
                    List.of(new Para(a.title(), sub ? s : b, sub ? 12f : 0f)), cell(a.lead(), s), cell(a.paper(), s),
                    cell(a.time() == null ? null : CharityClock.clock(a.time()), s))));
        }
        Band header = Band.of(List.of(new Para("No.", b)), List.of(new Para("Item", b)), List.of(new Para("Lead", b)),
                List.of(new Para("Paper", b)), List.of(new Para("Time", b)));
        DrawnTable table = new RuledTableDrawer(w).draw(new Layout(w.left(), WIDTHS, 4f, header, true), rows);
        answers.table(table.answer(null));
        for (int i = 0; i < plan.agenda().size(); i++) {
            AgendaEntry a = plan.agenda().get(i);
            answers.agendaItem(new AgendaItem(plan.packMeetingId(), a.number(), a.title(), a.lead(),
                    a.time() == null ? null : Dates.hhmm(a.time()), table.rowPage(i)));
        }
        answers.document(DocumentType.AGENDA, plan.charity() + " Agenda", first, w.pageNumber(), plan.packMeetingId());
    }

    private static List<Para> cell(String text, Style s) {
        return text == null ? List.of() : List.of(new Para(text, s));
    }
}
