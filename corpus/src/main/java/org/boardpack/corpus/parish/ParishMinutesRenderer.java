package org.boardpack.corpus.parish;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.parish.ParishPlan.Closed;
import org.boardpack.corpus.parish.ParishPlan.Entry;
import org.boardpack.corpus.parish.ParishPlan.Labelled;
import org.boardpack.corpus.parish.ParishPlan.Layout;
import org.boardpack.corpus.parish.ParishPlan.LetteredTitle;
import org.boardpack.corpus.parish.ParishPlan.Minute;
import org.boardpack.corpus.parish.ParishPlan.Points;
import org.boardpack.corpus.parish.ParishPlan.Resolution;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/**
 * Parish and town council minutes as clerks set them in a word processor: a capitalised
 * letterhead; the meeting in a sentence in body type ("Minutes of the meeting of … held on
 * Wednesday 14th December 2011 at 7.30pm in …"), or as a capitalised title over a "HELD ON … AT …
 * IN …" line, or as the body's name over "Minutes of the Ordinary Meeting held on" with the date on
 * the next line; PRESENT as names in a second column or as "PRESENT: Cllrs A, B and C"; In
 * attendance with the clerk's role in brackets; then numbered minutes in plain or bold type
 * ("88. APOLOGIES FOR ABSENCE"), apologies in a sentence, paragraphs sub-numbered 89.1, 89.2.
 * The minute headings are the file's agenda items; sub-numbers are not.
 */
final class ParishMinutesRenderer {

    static final float LEFT = PageWriter.PORTRAIT_LEFT;
    static final float RIGHT = PageWriter.PORTRAIT_RIGHT;
    /** Where the PRESENT names start, right of their label. */
    private static final float SECOND = 150f;
    /** Where a minute's paragraphs start, under its heading's text. */
    private static final float BODY = LEFT + 24f;
    /** Where a sub-numbered paragraph's text starts, right of its number. */
    private static final float SUB_TEXT = BODY + 36f;
    /** Room left on the agenda's last page for the minutes to start there (varied): their title and list. */
    private static final float MID_PAGE_ROOM = 260f;
    /** Where the text of a lettered title or a point of a nested list starts, right of its mark. */
    private static final float LETTER_TEXT = 18f;

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    ParishMinutesRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    void render(ParishPlan plan) {
        Fonts f = w.fonts();
        Style s = f.regular(11);
        Style b = f.bold(11);
        TextFlow flow = new TextFlow(w);
        Layout layout = plan.layout();
        String meeting = plan.meetingId();
        if (variations.has(Variation.PAPER_MID_PAGE) && layout.withAgenda() && w.fits(MID_PAGE_ROOM)
                || layout.withAgenda() && ParishAgendaRenderer.tailOverMinutes(plan, variations)) {
            // varied: the minutes follow the agenda on its last page, under a gap
            flow.gap(36);
        } else {
            w.newPage(false, null);
        }
        int first = w.pageNumber();
        String clock = clock(plan.time(), layout.clock24());
        String location = title(flow, plan, clock, s);
        answers.meeting(new Meeting(meeting, plan.body(), plan.date().toString(), Dates.hhmm(plan.time()), location));
        flow.gap(12);
        present(flow, plan, s, b, meeting);
        flow.gap(4);
        Person clerk = plan.clerk();
        boolean also = variations.has(Variation.ALSO_PRESENT);
        // varied: "Also present: name, role; N members of the public"
        int page = flow.paragraph((also ? "Also present: " + clerk.name() + ", Clerk" : "In attendance: "
                + clerk.name() + " (Clerk)") + (plan.publicCount() > 0 ? (also ? "; " : " and ") + plan.publicCount()
                + " members of the public" : ""), s, LEFT, RIGHT);
        answers.attendance(new Attendance(meeting, clerk.name(), null, "Clerk", null, AttendanceStatus.IN_ATTENDANCE,
                page));
        for (Minute m : plan.minutes()) {
            flow.gap(10);
            w.ensure(3 * s.leading());
            // the title's colon is printed, not answered (the guide drops a trailing colon)
            page = flow.line(m.number() + ". " + m.title() + (m.colon() ? ":" : ""), layout.boldHeadings() ? b : s,
                    LEFT + m.shift());
            answers.agendaItem(new AgendaItem(meeting, String.valueOf(m.number()), m.title(), null, null, page));
            for (int i = 0; i < m.entries().size(); i++) {
                Entry e = m.entries().get(i);
                String item = String.valueOf(m.number());
                if (e instanceof Points p) {
                    points(flow, p, s);
                    continue;
                }
                if (e instanceof LetteredTitle t) {
                    // a short title right under the heading (or the title before): a sub-item "6(a)"
                    int at = flow.labelled(t.letter() + ")", s, BODY, t.printed(), s, BODY + LETTER_TEXT, RIGHT);
                    answers.agendaItem(new AgendaItem(meeting, item + "(" + t.letter() + ")", t.printed(), null, null,
                            at));
                    continue;
                }
                flow.gap(4);
                int at = m.numbered()
                        ? flow.labelled(m.number() + "." + (i + 1), s, BODY, e.printed(), s, SUB_TEXT, RIGHT)
                        : flow.paragraph(e.printed(), s, BODY, RIGHT);
                if (e instanceof Labelled l) {
                    // every sub-number of the minute labelled: each a sub-item, what it decides under it
                    item = m.number() + "." + (i + 1);
                    answers.agendaItem(new AgendaItem(meeting, item, l.label(), null, null, at));
                    e = l.entry();
                }
                if (e instanceof Resolution r) {
                    answers.decision(new Decision(meeting, item, r.ref(), r.kind(), r.text(), null, at));
                } else if (e instanceof Closed c) {
                    // the bare outcome on its own line, level with the proposal's text
                    flow.gap(2);
                    at = flow.line(c.outcome(), b, m.numbered() ? SUB_TEXT : BODY);
                    answers.decision(new Decision(meeting, item, c.ref(), c.kind(), c.text(), null, at));
                }
            }
            if (m.title().equals("APOLOGIES FOR ABSENCE")) {
                for (Person p : plan.apologies()) {
                    answers.attendance(new Attendance(meeting, p.name(), p.honorific(), null, null,
                            AttendanceStatus.APOLOGIES, page));
                }
                Person alsoPresent = plan.apologisedWhilePresent(variations);
                if (alsoPresent != null) {
                    // listed present, but apologies replace presence (annotation guide); honorific as the sentence prints it
                    answers.attendance(new Attendance(meeting, alsoPresent.name(), alsoPresent.honorific(),
                            alsoPresent.role(), null, AttendanceStatus.APOLOGIES, page));
                }
                Person absent = plan.notedAbsent(variations);
                if (absent != null) {
                    answers.attendance(new Attendance(meeting, absent.name(), absent.honorific(), absent.role(), null,
                            AttendanceStatus.ABSENT, page));
                }
            }
        }
        flow.gap(14);
        flow.paragraph("There being no further business the Chairman closed the meeting.", s, LEFT, RIGHT);
        flow.gap(20);
        flow.line("Signed ………………………………… Chairman          Date …………………", s, LEFT);
        answers.document(DocumentType.MINUTES, plan.body() + " Minutes", first, w.pageNumber(), meeting);
    }

    /** A list numbered of its own under the sentence that opens it; its points are no items. */
    private void points(TextFlow flow, Points p, Style s) {
        flow.gap(4);
        flow.paragraph(p.printed(), s, BODY, RIGHT);
        for (int k = 0; k < p.points().size(); k++) {
            flow.gap(2);
            flow.labelled((k + 1) + ".", s, BODY, p.points().get(k), s, BODY + LETTER_TEXT, RIGHT);
        }
    }

    /** The title block in the file's layout; returns the place as printed. */
    private String title(TextFlow flow, ParishPlan plan, String clock, Style s) {
        Fonts f = w.fonts();
        String upper = plan.body().toUpperCase(Locale.ROOT);
        if (variations.has(Variation.TITLE_SENTENCE_BODY_TYPE)) {
            // no letterhead: the title is a sentence in body type that opens with MINUTES
            flow.paragraph("MINUTES of a meeting of " + plan.body() + " held on " + Dates.weekday(plan.date()) + " "
                    + Dates.ordinal(plan.date()) + " at " + clock + " in " + plan.venue(), s, LEFT, RIGHT);
            return plan.venue();
        }
        switch (plan.layout().title()) {
            case 0 -> {
                flow.centred(upper, f.bold(13));
                flow.gap(8);
                flow.paragraph("Minutes of the meeting of " + plan.body() + " held on " + Dates.weekday(plan.date())
                        + " " + Dates.ordinal(plan.date()) + " at " + clock + " in " + plan.venue(), s, LEFT, RIGHT);
                return plan.venue();
            }
            case 1 -> {
                flow.centred(upper, f.bold(13));
                flow.gap(8);
                flow.centred("MINUTES OF A MEETING OF " + upper, f.bold(11));
                String venue = plan.venue().toUpperCase(Locale.ROOT);
                flow.centred("HELD ON " + Dates.ordinal(plan.date()).toUpperCase(Locale.ROOT) + " AT "
                        + clock.toUpperCase(Locale.ROOT) + " IN " + venue, f.bold(11));
                return venue;
            }
            default -> {
                flow.line(plan.body(), f.bold(14), LEFT);
                flow.gap(4);
                flow.line("Minutes of the Ordinary Meeting held on", s, LEFT);
                flow.line(Dates.weekday(plan.date()) + " " + Dates.dayMonthYear(plan.date()) + " at " + clock
                        + ", " + plan.venue(), s, LEFT);
                return plan.venue();
            }
        }
    }

    /** PRESENT in the file's layout; the chair first, with the role in brackets. */
    private void present(TextFlow flow, ParishPlan plan, Style s, Style b, String meeting) {
        List<Person> people = plan.listedPresent(variations);
        Person apologised = plan.apologisedWhilePresent(variations);
        if (variations.has(Variation.PRESENT_SEMICOLONS)) {
            presentSemicolons(flow, people, s, b, meeting, apologised);
            return;
        }
        if (plan.layout().present() == 0) {
            StringBuilder names = new StringBuilder();
            for (Person p : people) {
                names.append(names.isEmpty() ? "" : ", ").append(p.name())
                        .append(p.role() == null ? "" : " (" + p.role() + ")");
            }
            int page = flow.labelled("PRESENT:", b, LEFT, names.toString(), s, SECOND, RIGHT);
            people.stream().filter(p -> p != apologised).forEach(p -> answers.attendance(new Attendance(meeting,
                    p.name(), null, p.role(), null, AttendanceStatus.PRESENT, page)));
            return;
        }
        StringBuilder names = new StringBuilder("PRESENT: Cllrs ");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            names.append(i == 0 ? "" : i == people.size() - 1 ? " and " : ", ").append(p.name())
                    .append(p.role() == null ? "" : " (" + p.role() + ")");
        }
        int page = flow.paragraph(names.toString(), s, LEFT, RIGHT);
        // one honorific printed for the group is each member's
        people.stream().filter(p -> p != apologised).forEach(p -> answers.attendance(new Attendance(meeting,
                p.name(), "Cllr", p.role(), null, AttendanceStatus.PRESENT, page)));
    }

    /**
     * "Present; Cllr A Smith (Chairman); Cllr B Jones; … and Cllr C Brown": a label closed by a
     * semicolon, each name with its honorific, semicolons between and "and" before the last.
     */
    private void presentSemicolons(TextFlow flow, List<Person> people, Style s, Style b, String meeting,
                                   Person apologised) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            names.append(i == 0 ? "" : i == people.size() - 1 ? " and " : "; ").append("Cllr ").append(p.name())
                    .append(p.role() == null ? "" : " (" + p.role() + ")");
        }
        int page = flow.labelled("Present;", b, LEFT, names.toString(), s, LEFT + 60f, RIGHT);
        people.stream().filter(p -> p != apologised).forEach(p -> answers.attendance(new Attendance(meeting,
                p.name(), "Cllr", p.role(), null, AttendanceStatus.PRESENT, page)));
    }

    /** {@code 7.30pm}, or {@code 19.30} in councils that print the 24-hour clock. */
    static String clock(LocalTime t, boolean clock24) {
        if (clock24) {
            return String.format("%d.%02d", t.getHour(), t.getMinute());
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return h + "." + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? "am" : "pm");
    }
}
