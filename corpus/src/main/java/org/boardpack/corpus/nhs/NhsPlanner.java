package org.boardpack.corpus.nhs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.nhs.NhsPlan.AgendaRow;
import org.boardpack.corpus.nhs.NhsPlan.LogRow;
import org.boardpack.corpus.nhs.NhsPlan.MinuteAction;
import org.boardpack.corpus.nhs.NhsPlan.MinuteItem;
import org.boardpack.corpus.nhs.NhsPlan.Report;
import org.boardpack.corpus.nhs.NhsPlan.SubItem;
import org.boardpack.corpus.nhs.NhsPlan.Update;
import org.boardpack.corpus.nhs.NhsTopics.Topic;
import org.boardpack.corpus.people.NamePool;
import org.boardpack.corpus.people.Person;

/** Draws an {@link NhsPlan} from a seed: who, when, which items, which actions. */
public final class NhsPlanner {

    /** Roles after the chair, most specific first; the generic ones at the end may repeat. */
    private static final List<String> ROLES = List.of("{abbr} ICS Executive Lead", "{abbr} ICS Programme Director",
            "{acute} Chief Exec", "{acute} Chair", "{mh} Chief Exec", "{mh} Chair", "{community} Chair",
            "{community} Chief Exec", "{abbr} CCG Chair", "Accountable Officer, {abbr} CCG", "{abbr} ICS CIO",
            "{p1} Council Chief Exec", "NHSEI East of England", "East Shires Ambulance Service",
            "Healthwatch {p2}", "Director of Public Health, {p3}", "{abbr} ICS Regional Lead Director",
            "{mh} Exec Dir");
    private static final List<String> GENERIC = List.of("{abbr} CCG", "{abbr} ICS", "NHSEI");

    /** Report prose common to any paper, so reports run to two pages or more as real ones do. */
    private static final List<String> GENERAL = List.of(
            "The {abbr} Integrated Care System brings together the NHS organisations and the councils of {p1}, "
                    + "{p2} and {p3} to plan and deliver joined up services and improve the health of the population.",
            "Partners have agreed that delivery will be led at place wherever possible, with the system taking "
                    + "collective responsibility for performance, quality and financial balance.",
            "Engagement with residents, Healthwatch and the voluntary and community sector has informed the "
                    + "proposals, and the feedback received is summarised in the appendices to this paper.",
            "The principal risks are workforce capacity, the availability of recurrent funding and the pace at "
                    + "which data can be shared between organisations. Mitigations are in place for each and are "
                    + "monitored by the programme board.",
            "Further work is required to agree the measures of success and the reporting arrangements to the "
                    + "Partnership Board, the Health and Wellbeing Boards and the councils' scrutiny committees.",
            "Subject to the Board's support, the programme team will bring a detailed implementation plan, with "
                    + "milestones and resource requirements, to a future meeting of the Board.");

    private final Rng rng;

    public NhsPlanner(Rng rng) {
        this.rng = rng;
    }

    public NhsPlan draw() {
        NhsArea area = rng.pick(NhsArea.ALL);
        String body = area.abbr() + " Partnership Board";
        LocalDate packDate = LocalDate.of(rng.between(2019, 2023), rng.between(1, 12), 1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
        LocalDate prevDate = packDate.minusWeeks(rng.pick(4, 4, 5));
        LocalTime packStart = LocalTime.of(rng.pick(10, 14, 15), 0);
        boolean teams = rng.chance(0.6);
        String venue = "Board Room, " + area.places().get(0) + " House, " + area.places().get(0);
        NamePool pool = new NamePool(rng);

        List<Person> people = people(area, pool);
        int nMembers = rng.between(10, 16);
        int nApologies = rng.between(4, 9);
        int nAttendees = rng.between(1, 3);
        // initials are unique across everyone who gets them, so an action owner resolves to one person
        List<Person> initialled = new ArrayList<>(people.subList(0, nMembers));
        initialled.addAll(people.subList(nMembers + nApologies, nMembers + nApologies + nAttendees));
        initialled = NamePool.withInitials(initialled);
        List<Person> members = initialled.subList(0, nMembers);
        List<Person> apologies = people.subList(nMembers, nMembers + nApologies);
        List<Person> attendees = initialled.subList(nMembers, initialled.size());

        int firstRef = rng.between(18, 60);
        List<MinuteItem> items = minuteItems(area, members, prevDate, firstRef);
        LocalDate logUpdated = packDate.minusDays(7);
        List<LogRow> log = log(area, members, apologies, items, prevDate, logUpdated, firstRef);
        List<AgendaRow> agenda = agenda(area, members, prevDate, packStart);
        return new NhsPlan(area, body, packDate, packStart, packStart.plusHours(3),
                teams ? "Via Microsoft Teams" : venue, teams ? "Microsoft Teams" : venue, prevDate,
                LocalTime.of(rng.pick(14, 15, 16), 0), teams ? "Microsoft Teams" : venue,
                prevDate.minusWeeks(4), LocalTime.of(rng.pick(16, 17, 18), rng.between(0, 59)), rng.chance(0.5),
                members, apologies, attendees, agenda, items, logUpdated, log, reports(area, members, agenda), false);
    }

    private List<Person> people(NhsArea area, NamePool pool) {
        List<Person> out = new ArrayList<>();
        out.add(pool.forename(rng.chance(0.5) ? "Dr" : null, area.fill("{abbr} ICS Chair")));
        for (String role : rng.sample(ROLES, ROLES.size())) {
            out.add(pool.forename(honorific(role), area.fill(role)));
        }
        String[] councils = {"Borough Council", "Council", "District Council"};
        for (int i = 0; i < 3; i++) {
            String council = area.places().get(i) + " " + councils[i];
            out.add(pool.forename(i == 0 && rng.chance(0.5) ? "Mayor" : "Cllr",
                    council + " – " + area.councilAbbr(i, councils[i])));
        }
        List<Person> shuffled = rng.sample(out.subList(1, out.size()), out.size() - 1);
        shuffled.add(0, out.get(0));
        while (shuffled.size() < 34) {
            shuffled.add(pool.forename(rng.chance(0.15) ? "Dr" : null, area.fill(rng.pick(GENERIC))));
        }
        return shuffled;
    }

    private String honorific(String role) {
        if (role.contains("CCG Chair") || role.contains("Public Health")) {
            return "Dr";
        }
        return rng.chance(0.12) ? rng.pick("Dr", "Professor") : null;
    }

    private List<MinuteItem> minuteItems(NhsArea area, List<Person> members, LocalDate prevDate, int firstRef) {
        List<MinuteItem> items = new ArrayList<>();
        items.add(new MinuteItem("1", "Apologies for absence",
                List.of("Apologies for absence were received as detailed above"), List.of(), List.of(), null, List.of()));
        items.add(new MinuteItem("2", "Declarations of Interest", List.of("None"), List.of(), List.of(), null,
                List.of()));
        String confirmed = "The minutes of the Partnership Board which took place on "
                + Dates.ordinal(prevDate.minusWeeks(4)) + " were confirmed as a true record.";
        items.add(new MinuteItem("3", "Minutes & Actions", List.of("a. Minutes", confirmed, "b. Actions",
                "Matters arising from last meeting are included in a separate action log."),
                List.of(), List.of(), null, List.of(), confirmed));
        items.add(new MinuteItem("4", "Public Questions", List.of("No questions had been received in advance "
                + "of the meeting."), List.of(), List.of(), null, List.of()));
        int ref = firstRef;
        List<Person> owners = members.subList(1, members.size());
        List<Topic> topics = rng.sample(NhsTopics.ALL, rng.between(3, 5));
        if (topics.stream().allMatch(t -> t.decision() == null)) {
            // every sample pack should carry at least one decision for the extractor to find
            topics.set(topics.size() - 1, NhsTopics.ALL.stream().filter(t -> t.decision() != null)
                    .filter(t -> !topics.contains(t)).findFirst().orElseThrow());
        }
        for (Topic t : topics) {
            List<MinuteAction> actions = new ArrayList<>();
            for (String description : t.actions().subList(0, rng.between(1, t.actions().size()))) {
                boolean chair = description.contains("letter of support") || rng.chance(0.1);
                Person owner = rng.pick(owners);
                actions.add(new MinuteAction(String.valueOf(ref++), chair ? "Chair" : owner.initials(),
                        chair ? null : owner.name(), area.fill(description), t.update()));
            }
            items.add(new MinuteItem(String.valueOf(items.size() + 1), area.fill(t.title()), fill(area, t.paragraphs()),
                    fill(area, t.bullets()), fill(area, t.comments()),
                    t.decision() == null ? null : area.fill(t.decision()), actions));
        }
        items.add(new MinuteItem(String.valueOf(items.size() + 1), "Any other Business",
                List.of(rng.pick("There was no other business.", "Partnership Board Forward Plan was noted.")),
                List.of(), List.of(), null, List.of()));
        return items;
    }

    private static List<String> fill(NhsArea area, List<String> templates) {
        return templates.stream().map(area::fill).toList();
    }

    private List<LogRow> log(NhsArea area, List<Person> members, List<Person> apologies, List<MinuteItem> items,
                             LocalDate prevDate, LocalDate updated, int firstRef) {
        List<LogRow> rows = new ArrayList<>();
        List<String[]> older = rng.sample(NhsTopics.OLDER_LOG_ITEMS, rng.between(4, 8));
        int ref = Math.max(1, firstRef - 1 - 3 * older.size());
        List<Person> owners = new ArrayList<>(members.subList(1, members.size()));
        owners.addAll(apologies);
        for (int i = 0; i < older.size(); i++) {
            LocalDate raised = prevDate.minusWeeks(4L * (older.size() - i + rng.between(0, 3)));
            String responsible;
            String ownerName;
            if (rng.chance(0.2)) {
                List<Person> two = rng.sample(owners, 2);
                responsible = two.get(0).name() + "/" + two.get(1).name();
                // joint owners resolve to both people (annotation guide)
                ownerName = two.get(0).name() + ", " + two.get(1).name();
            } else {
                Person p = rng.pick(owners);
                responsible = p.name();
                ownerName = p.name();
            }
            List<Update> updates = new ArrayList<>();
            LocalDate d = raised.plusWeeks(rng.between(2, 5));
            updates.add(new Update(d, " ", area.fill(older.get(i)[2]) + "."));
            if (rng.chance(0.7)) {
                updates.add(new Update(prevDate, "- ", "Discussed at the Board; the lead will report back "
                        + "before the deadline."));
            }
            if (rng.chance(0.5)) {
                updates.add(new Update(updated, " - ", "No further update at the time of writing."));
            }
            rows.add(new LogRow(String.valueOf(ref), raised, older.get(i)[0], area.fill(older.get(i)[1]) + ".",
                    responsible, ownerName, prevDate.plusMonths(rng.between(1, 3)), "Open", updates));
            ref += rng.between(1, 3);
        }
        rows.addAll(raisedRows(items, prevDate, updated));
        return rows;
    }

    /** The log's rows for the actions the minutes of the meeting on {@code prevDate} raised. */
    private List<LogRow> raisedRows(List<MinuteItem> items, LocalDate prevDate, LocalDate updated) {
        List<LogRow> rows = new ArrayList<>();
        for (MinuteItem item : items) {
            for (MinuteAction a : item.actions()) {
                String responsible = a.ownerName() == null ? a.owner() : a.ownerName();
                String status = rng.pick("Closing", "Closing", "Open", "Closed");
                LocalDate on = prevDate.plusDays(rng.between(0, (int) (updated.toEpochDay() - prevDate.toEpochDay())));
                rows.add(new LogRow(a.ref(), prevDate, item.title(), a.description(), responsible, a.ownerName(),
                        prevDate.plusMonths(1), status,
                        List.of(new Update(on, rng.pick(" - ", "- ", " "), a.update()))));
            }
        }
        return rows;
    }

    /**
     * The pack of the body's next monthly meeting after {@code previous}: the same people and
     * place, minutes of the meeting {@code previous} was for, and a log of the {@code carried}
     * rows followed by the actions those minutes raised, numbered from {@code firstRef}.
     */
    NhsPlan following(NhsPlan previous, List<LogRow> carried, int firstRef) {
        NhsArea area = previous.area();
        LocalDate prevDate = previous.packDate();
        LocalDate packDate = prevDate.plusMonths(1).withDayOfMonth(1)
                .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
        List<MinuteItem> items = minuteItems(area, previous.members(), prevDate, firstRef);
        LocalDate logUpdated = packDate.minusDays(7);
        List<LogRow> log = new ArrayList<>(carried);
        log.addAll(raisedRows(items, prevDate, logUpdated));
        List<AgendaRow> agenda = agenda(area, previous.members(), prevDate, previous.packStart());
        return new NhsPlan(area, previous.body(), packDate, previous.packStart(), previous.packEnd(),
                previous.packLocationLine(), previous.packLocation(), prevDate, previous.packStart(),
                previous.packLocation(), previous.prevDate(), previous.packEnd().minusMinutes(rng.between(5, 40)),
                previous.dottedNumbers(), previous.members(), previous.apologies(), previous.attendees(), agenda,
                items, logUpdated, log, reports(area, previous.members(), agenda), previous.formalName());
    }

    private List<AgendaRow> agenda(NhsArea area, List<Person> members, LocalDate prevDate, LocalTime start) {
        List<AgendaRow> rows = new ArrayList<>();
        rows.add(new AgendaRow(null, "Welcome", null, List.of(), "Chair", null, ""));
        rows.add(new AgendaRow("1", "Apologies for absence", "To receive any apologies for absence.", List.of(),
                "Chair", start, ""));
        LocalTime t = start.plusMinutes(5);
        rows.add(new AgendaRow("2", "Declarations of Interest", "To receive any declarations of interest.",
                List.of(), "Chair", null, ""));
        rows.add(new AgendaRow("3", "Partnership Board " + Dates.dayMonthYear(prevDate) + " meeting notes", null,
                List.of(new SubItem("a", "To approve the meeting notes of the Partnership Board on "
                        + Dates.dayMonthYear(prevDate), " - attached"), new SubItem("b", "Action log", " - attached")),
                "Chair", t, ""));
        t = t.plusMinutes(10);
        rows.add(new AgendaRow("4", "Public Questions", "To receive any questions by members of the public",
                List.of(), "Chair", t, ""));
        t = t.plusMinutes(10);
        for (Topic topic : rng.sample(NhsTopics.ALL, rng.between(3, 5))) {
            Person lead = rng.pick(members.subList(1, members.size()));
            String number = String.valueOf(rows.size());
            if (rng.chance(0.3)) {
                rows.add(new AgendaRow(number, rng.pick("Strategy", "System Performance", "Transformation"), null,
                        List.of(new SubItem("a", area.fill(topic.title()), " - attached")),
                        lead.initialAndFamily(), t, ""));
            } else {
                rows.add(new AgendaRow(number, area.fill(topic.title()), null, List.of(), lead.initialAndFamily(),
                        t, rng.pick(" - attached", " - attached", " - verbal")));
            }
            t = t.plusMinutes(rng.pick(10, 15, 20, 30));
        }
        String number = String.valueOf(rows.size());
        rows.add(new AgendaRow(number, "Update Reports", null, List.of(
                new SubItem("a", area.places().get(0) + " ICP Update", " - attached"),
                new SubItem("b", "Pressures on services - status update by the Recovery Cell", " - verbal")),
                rng.pick(members.subList(1, members.size())).initialAndFamily(), t, ""));
        rows.add(new AgendaRow(String.valueOf(rows.size()), "AOB", "Partnership Board forward plan attached",
                List.of(), null, t.plusMinutes(20), ""));
        return rows;
    }

    private List<Report> reports(NhsArea area, List<Person> members, List<AgendaRow> agenda) {
        List<Report> reports = new ArrayList<>();
        for (AgendaRow row : agenda) {
            String number = null;
            String title = null;
            if (" - attached".equals(row.suffix())) {
                number = row.number();
                title = row.title();
            } else if (row.number() != null && row.subItems().size() == 1) {
                number = row.number() + "a";
                title = row.subItems().get(0).title();
            }
            if (number == null || reports.size() == 2) {
                continue;
            }
            Topic topic = NhsTopics.ALL.stream().filter(x -> area.fill(x.title()).equals(row.subItems().isEmpty()
                    ? row.title() : row.subItems().get(0).title())).findFirst().orElseThrow();
            List<Person> two = rng.sample(members.subList(1, members.size()), 2);
            reports.add(new Report(number, title, two.get(0), two.get(1),
                    "This paper updates the Board on " + title.toLowerCase(java.util.Locale.ROOT)
                            + " across " + area.name() + " and sets out the next steps.",
                    rng.pick("To comment and agree the preferred way forward", "To note the update",
                            "To approve the recommendations"),
                    rng.pick("Information", "Approval", "To note", "Decision"),
                    List.of(area.abbr() + " Partnership Board to note the progress set out in this paper",
                            "To support the next steps and timeline proposed"),
                    List.of("1. Summary and Principles", "2. Background", "3. Progress to date", "4. Risks and Issues",
                            "5. Next steps"),
                    fill(area, concat(concat(topic.paragraphs(), topic.bullets()), concat(topic.comments(), GENERAL))),
                    reports.isEmpty()));
        }
        return reports;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
