package org.boardpack.corpus.parish;

import static org.boardpack.corpus.parish.ParishMinutesRenderer.LEFT;
import static org.boardpack.corpus.parish.ParishMinutesRenderer.RIGHT;

import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/**
 * A parish council's summons and agenda: the letterhead, "Members of the Council are hereby
 * summoned to attend a meeting of … to be held at … on …" in body type, the clerk's signature and
 * date, then the numbered items in plain type, their numbers in a column of their own.
 */
final class ParishAgendaRenderer {

    private static final float NUMBER = LEFT + 10f;
    private static final float TITLE = LEFT + 46f;

    /** Agenda items carried over to the next page, the minutes under them (varied). */
    static final int TAIL_ITEMS = 2;

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    ParishAgendaRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    /** Whether the agenda's last items go over to a page the minutes start on (varied). */
    static boolean tailOverMinutes(ParishPlan plan, Variations variations) {
        return variations.has(Variation.PAPER_UNDER_TAIL) && plan.nextAgenda().size() > TAIL_ITEMS;
    }

    void render(ParishPlan plan) {
        Fonts f = w.fonts();
        Style s = f.regular(11);
        TextFlow flow = new TextFlow(w);
        String meeting = plan.nextMeetingId();
        w.newPage(false, null);
        int first = w.pageNumber();
        flow.centred(plan.body().toUpperCase(Locale.ROOT), f.bold(13));
        flow.gap(10);
        String clock = ParishMinutesRenderer.clock(plan.time(), plan.layout().clock24());
        flow.paragraph("Members of the Council are hereby summoned and members of the public are invited to attend a "
                + "meeting of " + plan.body() + " to be held at " + plan.venue() + " on " + Dates.weekday(plan.nextDate())
                + " " + Dates.dayMonthYear(plan.nextDate()) + " at " + clock + ".", s, LEFT, RIGHT);
        answers.meeting(new Meeting(meeting, plan.body(), plan.nextDate().toString(), Dates.hhmm(plan.time()),
                plan.venue()));
        flow.gap(10);
        flow.pair(plan.signatory().name() + " – Clerk to the Council", s, LEFT,
                "Date: " + Dates.dayMonthYear(plan.nextDate().minusDays(7)), s, 400);
        flow.gap(14);
        flow.centred("AGENDA", f.bold(12));
        flow.gap(6);
        for (int i = 0; i < plan.nextAgenda().size(); i++) {
            if (tailOverMinutes(plan, variations) && i == plan.nextAgenda().size() - TAIL_ITEMS) {
                // varied: the last items on a page of their own, the minutes to start under them
                w.newPage(false, null);
            }
            flow.gap(6);
            String number = String.valueOf(i + 1);
            int page = flow.labelled(number + ".", s, NUMBER, plan.nextAgenda().get(i), s, TITLE, RIGHT);
            answers.agendaItem(new AgendaItem(meeting, number, plan.nextAgenda().get(i), null, null, page));
        }
        answers.document(DocumentType.AGENDA, plan.body() + " Agenda", first, w.pageNumber(), meeting);
    }
}
