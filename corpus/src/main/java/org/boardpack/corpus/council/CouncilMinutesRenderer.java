package org.boardpack.corpus.council;

import static org.boardpack.corpus.council.CouncilAgendaRenderer.LEFT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.RIGHT;
import static org.boardpack.corpus.council.CouncilAgendaRenderer.SECOND;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.PackAnswers;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.council.CouncilPlan.MinuteItem;
import org.boardpack.corpus.pdf.Fonts;
import org.boardpack.corpus.pdf.PageWriter;
import org.boardpack.corpus.pdf.Style;
import org.boardpack.corpus.pdf.TextFlow;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.decisions.DecisionKind;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;

/**
 * Council minutes: the "At a meeting of the ..." line, PRESENT with the chair centred, members as
 * two unruled columns (name at {@value CouncilAgendaRenderer#LEFT}, role at
 * {@value CouncilAgendaRenderer#SECOND}), labelled lists whose label sits in the left column and
 * whose names start in the second, then numbered minutes with RESOLVED blocks. The name / role
 * columns are set as text at two stops, not drawn as a table, and are not answered as one.
 */
public final class CouncilMinutesRenderer {

    /** Where minute titles, prose and resolutions start; the minute reference hangs left of it. */
    static final float BODY = 150f;

    private final PageWriter w;
    private final PackAnswers answers;
    private final Variations variations;
    private final CouncilDecisionForms forms;

    public CouncilMinutesRenderer(PageWriter w, PackAnswers answers) {
        this(w, answers, Variations.NONE, 0L);
    }

    /** @param seed the pack's seed, for the varied decision forms' own random stream */
    public CouncilMinutesRenderer(PageWriter w, PackAnswers answers, Variations variations, long seed) {
        this.w = w;
        this.answers = answers;
        this.variations = variations;
        this.forms = new CouncilDecisionForms(w, answers, variations, seed);
    }

    public void render(CouncilPlan plan) {
        Fonts f = w.fonts();
        Style s = f.regular(11);
        Style b = f.bold(11);
        TextFlow flow = new TextFlow(w);
        String meeting = plan.prevMeetingId();
        w.newPage(false, null);
        int first = w.pageNumber();
        flow.centred(plan.councilName().toUpperCase(Locale.ROOT), f.bold(12));
        flow.gap(10);
        String held = "At a meeting of the " + plan.committee().toUpperCase(Locale.ROOT) + " held in "
                + plan.location() + " on";
        String date = Dates.weekday(plan.prevDate()) + ", " + Dates.dayMonthYear(plan.prevDate());
        if (variations.has(Variation.DATE_WRAPPED)) {
            // the date on a line of its own below the sentence that introduces it
            flow.paragraph(held, s, LEFT, RIGHT);
            flow.line(date, s, LEFT);
        } else {
            flow.paragraph(held + " " + date, s, LEFT, RIGHT);
        }
        answers.meeting(new Meeting(meeting, plan.body(), plan.prevDate().toString(), Dates.hhmm(plan.commenced()),
                plan.location()));
        flow.gap(10);
        flow.line("PRESENT", b, LEFT);
        flow.gap(6);
        Person chair = plan.chair();
        int page = flow.centred(chair.printed() + " (" + chair.role() + ")", s);
        answers.attendance(new Attendance(meeting, chair.name(), chair.honorific(), chair.role(), null,
                AttendanceStatus.PRESENT, page));
        flow.gap(6);
        for (Person p : plan.present()) {
            page = flow.labelled(p.printed(), s, LEFT, p.role(), s, SECOND, RIGHT);
            answers.attendance(new Attendance(meeting, p.name(), p.honorific(), p.role(), null,
                    AttendanceStatus.PRESENT, page));
        }
        if (variations.has(Variation.APOLOGIES_IN_SENTENCE)) {
            apologiesSentence(flow, plan.apologies(), meeting);
        } else {
            labelled(flow, "Apologies for Absence:", plan.apologies(), AttendanceStatus.APOLOGIES, meeting, false);
        }
        labelled(flow, "Absent from the Meeting:", plan.absent(), AttendanceStatus.ABSENT, meeting, false);
        labelled(flow, "Members in Attendance:", plan.membersInAttendance(), AttendanceStatus.IN_ATTENDANCE, meeting,
                false);
        labelled(flow, variations.has(Variation.ALSO_PRESENT) ? "Also present:" : "Officers in Attendance:",
                plan.officers(), AttendanceStatus.IN_ATTENDANCE, meeting, true);
        labelled(flow, "Others in Attendance:", plan.others(), AttendanceStatus.IN_ATTENDANCE, meeting, true);

        int resolving = 0;
        for (MinuteItem item : plan.minutes()) {
            flow.gap(14);
            w.ensure(4 * s.leading());
            int headingPage = flow.labelled(item.ref(), b, LEFT, item.title(), b, BODY, RIGHT);
            // the minutes' numbered item headings are agenda items too (annotation guide); the
            // minute reference is the only number printed, so it is the item's number
            answers.agendaItem(new AgendaItem(meeting, item.ref().substring(0, item.ref().length() - 1), item.title(),
                    null, null, headingPage));
            for (String p : item.paragraphs()) {
                flow.gap(8);
                flow.paragraph(p, s, BODY, RIGHT);
            }
            if (!item.resolutions().isEmpty() && forms.grantsUnder(resolving++)) {
                forms.grants(flow, meeting, item.ref().substring(0, item.ref().length() - 1));
            }
            resolutions(flow, item, meeting);
        }
        flow.gap(14);
        flow.paragraph("(Note: The meeting commenced at " + Dates.councilClock(plan.commenced())
                + " and concluded at " + Dates.councilClock(plan.concluded()) + ")", s, LEFT, RIGHT);
        flow.gap(24);
        flow.line("Chairman \u2026\u2026\u2026\u2026\u2026.\u2026\u2026\u2026\u2026\u2026\u2026.", s, BODY);
        flow.gap(12);
        flow.line("Dated \u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026\u2026..", s, BODY);
        answers.document(DocumentType.MINUTES, plan.councilName() + " " + plan.committee() + " Minutes", first,
                w.pageNumber(), plan.prevMeetingId());
    }

    /**
     * A label in the left column with the first name on its line and the rest below in the second
     * column; varied, the councillors of a list without roles as one group after a plural honorific
     * ({@code Councillors A, B and C}), and the label level with the middle entry of a longer list.
     */
    private void labelled(TextFlow flow, String label, List<Person> people, AttendanceStatus status, String meeting,
                          boolean withRole) {
        if (people.isEmpty()) {
            return;
        }
        Style s = w.fonts().regular(11);
        flow.gap(10);
        List<ListEntry> entries = entries(people, withRole, status == AttendanceStatus.APOLOGIES ? "Councillors" : "Cllrs");
        int labelAt = variations.has(Variation.LABEL_BESIDE_LIST) && entries.size() >= 3 ? entries.size() / 2 : 0;
        for (int i = 0; i < entries.size(); i++) {
            ListEntry e = entries.get(i);
            if (withRole && i > 0) {
                flow.gap(6);
            }
            int page = flow.labelled(i == labelAt ? label : "", s, LEFT, e.text(), s, SECOND, RIGHT);
            for (Person p : e.people()) {
                answers.attendance(new Attendance(meeting, p.name(), e.honorific() != null ? e.honorific() : p.honorific(),
                        withRole ? p.role() : null, null, status, page));
            }
        }
    }

    /** One printed entry of a list: its text, the people it names, and the honorific it gives them all (or null). */
    private record ListEntry(String text, List<Person> people, String honorific) {
    }

    /** The entries of a list: one a person, or varied the plain councillors grouped after {@code plural} first. */
    private List<ListEntry> entries(List<Person> people, boolean withRole, String plural) {
        List<ListEntry> out = new ArrayList<>();
        List<Person> group = withRole || !variations.has(Variation.GROUP_HONORIFIC) ? List.of()
                : people.stream().filter(p -> "Cllr".equals(p.honorific())).toList();
        if (group.size() >= 2) {
            List<String> names = group.stream().map(Person::name).toList();
            String joined = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
            // each takes the singular of the plural printed (lexicon honorific-plurals: Councillors = Councillor)
            out.add(new ListEntry(plural + " " + joined, group, plural.equals("Cllrs") ? "Cllr" : "Councillor"));
        }
        for (Person p : people) {
            if (group.size() >= 2 && group.contains(p)) {
                continue;
            }
            // varied: "Name, Role", the role comma-attached as many lists print it
            String text = withRole ? p.printed() + (variations.has(Variation.ALSO_PRESENT) ? ", " : " \u2013 ")
                    + p.role() : p.printed();
            out.add(new ListEntry(text, List.of(p), null));
        }
        return out;
    }

    /** "Apologies for absence were received from A, B and C." in one paragraph. */
    private void apologiesSentence(TextFlow flow, List<Person> people, String meeting) {
        if (people.isEmpty()) {
            return;
        }
        List<String> names = people.stream().map(Person::printed).toList();
        String joined = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        flow.gap(10);
        int page = flow.paragraph("Apologies for absence were received from " + joined + ".", w.fonts().regular(11),
                LEFT, RIGHT);
        for (Person p : people) {
            answers.attendance(new Attendance(meeting, p.name(), p.honorific(), null, null, AttendanceStatus.APOLOGIES,
                    page));
        }
    }

    private void resolutions(TextFlow flow, MinuteItem item, String meeting) {
        List<String> res = item.resolutions();
        if (res.isEmpty()) {
            return;
        }
        Style s = w.fonts().regular(11);
        Style b = w.fonts().bold(11);
        String ref = item.ref().substring(0, item.ref().length() - 1);
        CouncilDecisionForms.Vote vote = forms.vote();
        String answered = vote != null ? vote.answer() : item.unanimous() ? "unanimous" : null;
        flow.gap(8);
        if (item.inline()) {
            String text = sentence(res.get(0));
            int page = flow.paragraph("RESOLVED " + text, s, BODY, RIGHT);
            decision(meeting, ref, text, answered, page);
        } else {
            flow.line("RESOLVED", b, BODY);
            for (int i = 0; i < res.size(); i++) {
                flow.gap(6);
                boolean last = i == res.size() - 1;
                String text = last ? sentence(res.get(i)) : res.get(i);
                String glue = last ? "" : i == res.size() - 2 ? "; and" : ";";
                int page = res.size() == 1 ? flow.paragraph(text, s, BODY, RIGHT)
                        : flow.labelled((i + 1) + ".", s, BODY, text + glue, s, BODY + 20, RIGHT);
                decision(meeting, ref, text, answered, page);
            }
        }
        if (vote != null) {
            // varied: the division recorded on the line below the resolutions
            flow.gap(8);
            flow.line(vote.printed(), s, BODY);
        }
        if (vote == null && item.unanimous()) {
            flow.gap(8);
            flow.line("The decision was unanimous.", s, BODY);
        }
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private void decision(String meeting, String ref, String text, String vote, int page) {
        // the minute reference is the heading's only number, so it is the item's number as well
        // (annotation guide: item is the number of the agenda item a decision sits under, and the
        // minutes' numbered headings are agenda items numbered as printed)
        answers.decision(new Decision(meeting, ref, ref, DecisionKind.RESOLVED, text,
                vote, page));
    }
}
