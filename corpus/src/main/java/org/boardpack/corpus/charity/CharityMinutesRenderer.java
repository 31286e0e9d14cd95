package org.boardpack.corpus.charity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.charity.CharityPlan.MinuteItem;
import org.boardpack.corpus.charity.CharityPlan.MinutePara;
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
import org.boardpack.corpus.people.Person;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/**
 * The minutes of the previous meeting, charity style: a key-value header whose Attendees,
 * In attendance and Apologies values are comma-separated lists, then numbered items whose numbered
 * paragraphs ({@code 4.2}) carry the owner's initials in a right-hand action column on their line.
 */
public final class CharityMinutesRenderer {

    private static final float[] WIDTHS = {38f, 384f, 59.9f};
    /** A "By when" column after the action column ({@link Variation#ACTION_COLUMN_THEN_DUE}). */
    private static final float[] WIDTHS_BY_WHEN = {38f, 300f, 84f, 59.9f};

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;

    public CharityMinutesRenderer(PageWriter w, PackAnswers answers) {
        this(w, answers, Variations.NONE);
    }

    public CharityMinutesRenderer(PageWriter w, PackAnswers answers, Variations variations) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
    }

    public void render(CharityPlan plan) {
        Fonts f = w.fonts();
        TextFlow flow = new TextFlow(w);
        String meeting = plan.prevMeetingId();
        w.newPage(false, null);
        int first = w.pageNumber();
        flow.line(plan.charity(), f.bold(14), w.left());
        String title = variations.has(Variation.TITLE_WORDS_AFTER_MINUTES)
                ? "Minutes \u2013 Part I Public Session" : "Minutes";
        flow.line(title, f.bold(12), w.left());
        flow.gap(8);
        List<Entry> header = List.of(new Entry("Title of meeting", plan.meetingTitle()),
                new Entry("Date", Dates.weekday(plan.prevDate()) + " " + Dates.dayMonthYear(plan.prevDate())),
                new Entry("Place", plan.prevPlace()),
                new Entry("Time", CharityClock.span(plan.prevStart(), plan.prevEnd(), variations)),
                new Entry("Attendees", AttendeeList.of(plan, plan.present(), false)),
                new Entry(plan.invitedLabel(), AttendeeList.of(plan, plan.invited(), true)),
                new Entry("Apologies", AttendeeList.of(plan, plan.apologies(), false)));
        // a label/value title block, which the annotation guide does not count as a table: no table
        // answer; its rows still give the attendance lists their pages
        DrawnTable keyValue = new KeyValueTable(w).draw(header, 110f, f.bold(10), f.regular(10));
        answers.meeting(new Meeting(meeting, plan.body(), plan.prevDate().toString(), Dates.hhmm(plan.prevStart()),
                plan.prevPlace()));
        attendance(plan, plan.present(), false, AttendanceStatus.PRESENT, keyValue.rowPage(4));
        attendance(plan, plan.invited(), true, AttendanceStatus.IN_ATTENDANCE, keyValue.rowPage(5));
        attendance(plan, plan.apologies(), false, AttendanceStatus.APOLOGIES, keyValue.rowPage(6));
        flow.gap(12);

        Style s = f.regular(10);
        Style b = f.bold(10);
        boolean margin = variations.has(Variation.MARGIN_ACTION_COLUMN);
        // the actions printed in the text, where the margin does not hold them: with both forms
        // drawn, the items with actions take them by turns
        List<Variation> inText = margin ? List.of() : Stream.of(Variation.ACTION_TEXT_OWNER, Variation.ACTION_CLOSING_LINE)
                .filter(variations::has).toList();
        List<Variation> forms = actionForms(plan, inText);
        Optional<CarriedAction> carried = variations.has(Variation.CARRIED_OVER_ACTION)
                ? CarriedAction.of(plan) : Optional.empty();
        int carriedItem = CarriedAction.itemIndex(plan);
        boolean dueColumn = !margin && variations.has(Variation.ACTION_COLUMN_THEN_DUE);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < plan.minutes().size(); i++) {
            MinuteItem item = plan.minutes().get(i);
            boolean inline = forms.get(i) == Variation.ACTION_TEXT_OWNER;
            boolean closing = forms.get(i) == Variation.ACTION_CLOSING_LINE;
            List<Band> bands = new ArrayList<>();
            bands.add(Band.of(List.of(new Para(item.number() + ".", b)), List.of(new Para(item.title(), b)), List.of(),
                    List.of()));
            for (MinutePara p : item.paras()) {
                boolean action = p.owner() != null;
                String text = action && inline ? "Action: " + inlineAction(p.text()) + " (" + p.owner() + ")" : p.text();
                List<Para> minute = new ArrayList<>(List.of(new Para(text, s)));
                if (action && closing) {
                    minute.add(new Para("ACTION: " + p.owner(), s));
                }
                minute.add(new Para("", f.regular(4)));
                boolean inColumn = action && !inline && !closing;
                bands.add(Band.of(List.of(new Para(p.number(), s)), minute,
                        inColumn ? List.of(new Para(p.owner(), b)) : List.of(),
                        inColumn ? List.of(new Para(byWhen(plan, bands.size()), s)) : List.of()));
            }
            if (carried.isPresent() && i == carriedItem) {
                bands.add(Band.of(List.of(), List.of(new Para(carried.get().printed(), s), new Para("", f.regular(4))),
                        List.of(), List.of()));
            }
            rows.add(new Row(dueColumn ? bands : bands.stream().map(CharityMinutesRenderer::threeColumns).toList()));
        }
        String actionHead = variations.has(Variation.ACTION_DECISION_COLUMN) ? "Action/Decision" : "Action";
        // a lone "Action" over the margin of initials, the minutes set out by whitespace alone
        Band head = margin ? Band.of(List.of(), List.of(), List.of(new Para(actionHead, b)), List.of())
                : Band.of(List.of(new Para("No.", b)), List.of(new Para("Minute", b)), List.of(new Para(actionHead, b)),
                        List.of(new Para("By when", b)));
        Layout layout = new Layout(w.left(), dueColumn ? WIDTHS_BY_WHEN : WIDTHS, 4f,
                dueColumn ? head : threeColumns(head), true);
        DrawnTable drawn = (margin ? RuledTableDrawer.bare(w) : new RuledTableDrawer(w)).draw(layout, rows);
        if (!margin) {
            // minutes set out in columns by whitespace are prose, not a data grid (annotation guide)
            answers.table(drawn.answer(null));
        }
        flow.gap(10);
        flow.line("The meeting closed at " + CharityClock.clock(plan.prevEnd()) + ".", s, w.left());
        flow.line("Date of next meeting: " + Dates.weekday(plan.packDate()) + " " + Dates.dayMonthYear(plan.packDate()),
                s, w.left());
        flow.gap(24);
        flow.line("Signed (Chair) ..............................................    Date ....................", s,
                w.left());

        for (int i = 0; i < plan.minutes().size(); i++) {
            MinuteItem item = plan.minutes().get(i);
            // the minutes' numbered item headings are agenda items too (annotation guide)
            answers.agendaItem(new AgendaItem(meeting, item.number(), item.title(), null, null,
                    drawn.bandPages().get(i).get(0)));
            boolean inline = forms.get(i) == Variation.ACTION_TEXT_OWNER;
            boolean closing = forms.get(i) == Variation.ACTION_CLOSING_LINE;
            List<String> above = new ArrayList<>(); // the item's paragraphs since its heading or last action
            for (int j = 0; j < item.paras().size(); j++) {
                MinutePara p = item.paras().get(j);
                int page = drawn.bandPages().get(i).get(j + 1);
                above.add(p.text());
                if (p.kind() != null) {
                    answers.decision(new Decision(meeting, item.number(), p.number(), p.kind(), p.decisionText(), null,
                            page));
                }
                if (p.owner() != null) {
                    // "ACTION: RC" closing an item stands for the paragraphs above it (annotation guide)
                    String description = inline ? inlineAction(p.text()) : closing ? String.join(" ", above) : p.text();
                    above.clear();
                    // a "By when" cell beside an entry of the action column is its deadline (annotation guide)
                    String byWhen = dueColumn && !inline && !closing ? byWhen(plan, j + 1) : null;
                    answers.action(new Action(ActionSource.MINUTES, meeting, null, item.number(), description, p.owner(),
                            p.ownerName(), plan.prevDate().toString(), dueOf(plan, byWhen), null, null, null, page, byWhen));
                }
            }
            if (carried.isPresent() && i == carriedItem) {
                CarriedAction c = carried.get();
                answers.action(new Action(ActionSource.MINUTES, meeting, null, item.number(), c.task(), c.owner(),
                        c.ownerName(), c.raised().toString(), null, null, null, null,
                        drawn.bandPages().get(i).get(item.paras().size() + 1)));
            }
        }
        answers.document(DocumentType.MINUTES, plan.charity() + " " + title, first, w.pageNumber(), meeting);
    }

    /**
     * How each item prints its actions: one of the forms in the text, by turns over the items that
     * have actions, or (null) in the action column.
     */
    private static List<Variation> actionForms(CharityPlan plan, List<Variation> inText) {
        List<Variation> out = new ArrayList<>();
        int withActions = 0;
        for (MinuteItem item : plan.minutes()) {
            boolean actions = item.paras().stream().anyMatch(p -> p.owner() != null);
            out.add(inText.isEmpty() || !actions ? null : inText.get(withActions++ % inText.size()));
        }
        return out;
    }

    /** A band without the "By when" column: the plain style's three columns. */
    private static Band threeColumns(Band band) {
        return new Band(band.cells().subList(0, 3));
    }

    /**
     * What the "By when" column prints beside an action, by turns: words, or the month of the
     * next meeting. Minutes' deadlines are not answered (the guide reads them for action logs).
     */
    private static String byWhen(CharityPlan plan, int band) {
        return band % 2 == 0 ? "Next meeting" : Dates.month(plan.packDate()) + " " + plan.packDate().getYear();
    }

    /** The ISO month of a "By when" cell that prints one; "Next meeting" has no date. */
    private static String dueOf(CharityPlan plan, String byWhen) {
        return byWhen == null || byWhen.equals("Next meeting") ? null : Dates.isoMonth(plan.packDate());
    }

    /** The action's text as an "Action: text (Owner)" line prints it: without its closing full stop. */
    private static String inlineAction(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private void attendance(CharityPlan plan, List<Person> people, boolean staff, AttendanceStatus status, int page) {
        for (Person p : people) {
            String bracket = AttendeeList.bracket(plan, p, staff);
            answers.attendance(new Attendance(plan.prevMeetingId(), p.name(), p.honorific(),
                    plan.initialsListed() ? null : bracket, plan.initialsListed() ? p.initials() : null, status, page));
        }
    }
}
