package org.boardpack.corpus.nhs;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.nhs.NhsPlan.MinuteAction;
import org.boardpack.corpus.nhs.NhsPlan.MinuteItem;
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
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/**
 * The minutes of the previous meeting, NHS style: title block, the MEMBERS / APOLOGIES / ATTENDEES
 * lists with initials in a right-hand column, then the ruled {@code Item No. | Discussion | Action}
 * table whose action entries sit level with the paragraph they belong to.
 */
public final class NhsMinutesRenderer {

    /** Left edge of the initials column in the attendance lists. */
    public static final float INITIALS_X = 450f;
    private static final float[] WIDTHS = {45f, 350f, 86.9f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    public NhsMinutesRenderer(PageWriter w, PackAnswers answers) {
        this(w, answers, Variations.NONE);
    }

    public NhsMinutesRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    public void render(NhsPlan plan) {
        Fonts f = w.fonts();
        TextFlow flow = new TextFlow(w);
        String meeting = plan.prevMeetingId();
        w.newPage(false, null);
        int first = w.pageNumber();
        // varied: words after "Minutes" on the title line, set smaller to keep it on one line
        boolean suffixed = variations.has(Variation.TITLE_WORDS_AFTER_MINUTES);
        String title = plan.body() + " Minutes" + (suffixed ? " \u2013 Part I Public Session" : "");
        flow.centred(title, f.bold(suffixed ? 12 : 14));
        flow.centred(Dates.weekday(plan.prevDate()) + " " + Dates.ordinal(plan.prevDate()), f.bold(11));
        flow.centred("Time: " + (variations.has(Variation.TIME_DOTTED_SPAN)
                ? Dates.dotted24(plan.prevTime()) + " \u2013 " + Dates.dotted24(plan.closedAt())
                : Dates.hhmm(plan.prevTime()) + "hrs"), f.regular(11));
        flow.centred(plan.prevLocation(), f.regular(11));
        answers.meeting(new Meeting(meeting, plan.body(), plan.prevDate().toString(), Dates.hhmm(plan.prevTime()),
                plan.prevLocation()));

        list(flow, "MEMBERS", plan.members(), AttendanceStatus.PRESENT, meeting);
        list(flow, "APOLOGIES", plan.apologies(), AttendanceStatus.APOLOGIES, meeting);
        list(flow, "ATTENDEES", plan.attendees(), AttendanceStatus.IN_ATTENDANCE, meeting);
        flow.gap(12);

        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Band.of(List.of(), List.of(new Para("Welcome", f.bold(10)),
                new Para("The Chair welcomed everyone to the meeting", f.regular(10))), List.of())));
        List<ItemBands> built = new ArrayList<>();
        for (MinuteItem item : plan.minuteItems()) {
            ItemBands b = bands(item, plan.dottedNumbers(), f);
            built.add(b);
            rows.add(new Row(b.bands()));
        }
        Band header = Band.of(List.of(new Para("Item No.", f.bold(10))), List.of(new Para("Discussion", f.bold(10))),
                List.of(new Para("Action", f.bold(10))));
        DrawnTable table = new RuledTableDrawer(w).draw(
                new Layout(PageWriter.PORTRAIT_LEFT, WIDTHS, 4f, header, false), rows);
        answers.table(table.answer(null));
        flow.gap(8);
        flow.line("The meeting closed at " + Dates.hhmm(plan.closedAt()) + "hrs", f.regular(10),
                PageWriter.PORTRAIT_LEFT);

        for (int i = 0; i < built.size(); i++) {
            MinuteItem item = plan.minuteItems().get(i);
            ItemBands b = built.get(i);
            List<Integer> bandPages = table.bandPages().get(i + 1);
            // the minutes' numbered items are the recorded meeting's agenda items (annotation guide)
            answers.agendaItem(new AgendaItem(meeting, item.number(), item.title(), null, null, bandPages.get(0)));
            for (int k = 0; k < item.paragraphs().size(); k++) {
                int band = k + 1;
                item.subHeading(k).ifPresent(sub -> answers.agendaItem(new AgendaItem(meeting,
                        item.number() + sub.letter(), sub.title(), null, null, bandPages.get(band))));
            }
            if (item.approval() != null) {
                // a passive that records a decision: its paragraph's band, after the heading's
                // under its sub-heading (a. Minutes → 3a), the most specific item it sits under
                int paragraph = item.paragraphs().indexOf(item.approval());
                answers.decision(new Decision(meeting, item.itemOf(paragraph), null, DecisionKind.APPROVED,
                        item.approval(), null, bandPages.get(1 + paragraph)));
            }
            if (item.decision() != null) {
                answers.decision(new Decision(meeting, item.number(), null, DecisionKind.AGREED, item.decision(),
                        null, bandPages.get(b.decisionBand())));
            }
            for (int a = 0; a < item.actions().size(); a++) {
                MinuteAction act = item.actions().get(a);
                answers.action(new Action(ActionSource.MINUTES, meeting, act.ref(), item.number(), null, act.owner(),
                        act.ownerName(), plan.prevDate().toString(), null, null, null, null,
                        bandPages.get(b.actionBands().get(a))));
            }
        }
        answers.document(DocumentType.MINUTES, title, first, w.pageNumber(), plan.prevMeetingId());
    }

    private void list(TextFlow flow, String heading, List<Person> people, AttendanceStatus status, String meeting) {
        Fonts f = w.fonts();
        Style style = f.regular(10);
        flow.gap(8);
        flow.line(heading, f.bold(10), PageWriter.PORTRAIT_LEFT);
        flow.gap(3);
        for (Person p : people) {
            String text = p.printed() + " (" + p.role() + ")";
            boolean initials = status != AttendanceStatus.APOLOGIES;
            int page = initials ? flow.pair(text, style, PageWriter.PORTRAIT_LEFT, p.initials(), style, INITIALS_X)
                    : flow.line(text, style, PageWriter.PORTRAIT_LEFT);
            answers.attendance(new Attendance(meeting, p.name(), p.honorific(), p.role(),
                    initials ? p.initials() : null, status, page));
        }
    }

    /** A row's bands plus which band holds the decision and each action entry. */
    private record ItemBands(List<Band> bands, int decisionBand, List<Integer> actionBands) {
    }

    private static ItemBands bands(MinuteItem item, boolean dotted, Fonts f) {
        Style body = f.regular(10);
        List<List<Para>> discussion = new ArrayList<>();
        discussion.add(List.of(new Para(item.title(), f.bold(10))));
        for (String p : item.paragraphs()) {
            discussion.add(List.of(new Para(p, body)));
        }
        for (String b : item.bullets()) {
            discussion.add(List.of(new Para("\u2022 " + b, body, 8f)));
        }
        if (!item.comments().isEmpty()) {
            discussion.add(List.of(new Para("Comments", f.bold(10))));
            for (String c : item.comments()) {
                discussion.add(List.of(new Para(c, body)));
            }
        }
        int decisionBand = -1;
        if (item.decision() != null) {
            decisionBand = discussion.size();
            discussion.add(List.of(new Para("Agreed: " + item.decision(), f.bold(10))));
        }
        // the first action sits level with the decision; others with the paragraphs before it
        List<Integer> actionBands = new ArrayList<>();
        int spare = discussion.size() - (decisionBand >= 0 ? 2 : 1);
        for (int a = 0; a < item.actions().size(); a++) {
            actionBands.add(a == 0 && decisionBand >= 0 ? decisionBand : Math.max(1, spare--));
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < discussion.size(); i++) {
            List<Para> number = i == 0 ? List.of(new Para(item.number() + (dotted ? "." : ""), f.bold(10)))
                    : List.of();
            List<Para> action = new ArrayList<>();
            for (int a = 0; a < item.actions().size(); a++) {
                if (actionBands.get(a) == i) {
                    action.add(new Para("Action " + item.actions().get(a).ref(), body));
                    action.add(new Para(item.actions().get(a).owner(), body));
                }
            }
            List<Para> text = new ArrayList<>(discussion.get(i));
            text.add(new Para("", f.regular(5)));
            bands.add(new Band(List.of(number, text, action)));
        }
        return new ItemBands(bands, decisionBand, actionBands);
    }
}
