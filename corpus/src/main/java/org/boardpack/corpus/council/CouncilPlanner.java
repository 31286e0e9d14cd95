package org.boardpack.corpus.council;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.council.CouncilPlan.AgendaEntry;
import org.boardpack.corpus.council.CouncilPlan.MinuteItem;
import org.boardpack.corpus.council.CouncilPlan.Report;
import org.boardpack.corpus.council.CouncilPlan.WorkItem;
import org.boardpack.corpus.council.CouncilTopics.Topic;
import org.boardpack.corpus.people.NamePool;
import org.boardpack.corpus.people.Person;

/** Draws a {@link CouncilPlan} from a seed. */
public final class CouncilPlanner {

    /** Invented unitary areas and the town their civic offices are in. */
    private static final List<String[]> AREAS = List.of(new String[] {"Mid Vale", "Abbotsbury"},
            new String[] {"North Wolds", "Driffield Bridge"}, new String[] {"South Fenland", "Whittlesby"},
            new String[] {"East Marches", "Kingsford"}, new String[] {"West Downs", "Alderton"});
    private static final List<String> COMMITTEES = List.of("Health and Wellbeing Board",
            "Health and Adult Social Care Scrutiny Committee");
    private static final List<String> MEMBER_ROLES = List.of("Chief Executive Officer, Healthwatch {area}",
            "Chief Executive", "Director of Community Services", "Chair, {area} Clinical Commissioning Group",
            "Director of Social Care, Health and Housing", "Director of Public Health", "Director of Children's Services",
            "Accountable Officer, {area} Clinical Commissioning Group");
    private static final List<String> COUNCILLOR_ROLES = List.of("Executive Member for Social Care and Housing",
            "Executive Member for Education and Skills", "Executive Member for Health", "Deputy Executive Member for "
                    + "Adults, Social Care and Housing Operations");
    private static final List<String> OFFICER_ROLES = List.of("Head of Children and Maternity Services Redesign, "
                    + "{ccg}", "Senior Committee Services Officer", "JSNA Programme Manager", "Director of Nursing and "
                    + "Quality, {area} Clinical Commissioning Group", "Head of Children's Services Commissioning",
            "Head of Service, Partnerships - Social Care, Health & Housing", "Assistant Director Public Health");
    private static final List<String> OTHER_ROLES = List.of("Director, {area} Wellbeing Services",
            "Associate Clinical Director, Vale Psychological Therapies", "Chair, {area} Safeguarding Adults Board");

    private final Rng rng;

    public CouncilPlanner(Rng rng) {
        this.rng = rng;
    }

    public CouncilPlan draw() {
        String[] place = rng.pick(AREAS);
        String area = place[0];
        String committee = rng.pick(COMMITTEES);
        String prefix = prefix(committee);
        LocalDate packDate = LocalDate.of(rng.between(2016, 2019), rng.pick(1, 3, 6, 7, 9, 10, 11), 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(rng.between(2, 4), DayOfWeek.WEDNESDAY));
        LocalDate prevDate = packDate.minusWeeks(rng.pick(8, 10, 12));
        String location = "Council Chamber, " + rng.pick("Civic Offices", "Town Hall", "Priory House") + ", "
                + rng.pick("Market Square", "High Street", "Abbey Walk") + ", " + place[1];
        NamePool pool = new NamePool(rng);
        String ccg = ccgAbbr(area);
        Person chair = pool.initialled("Cllr", "Chairman");
        List<Person> members = new ArrayList<>();
        for (String role : rng.sample(MEMBER_ROLES, rng.between(5, 7))) {
            members.add(pool.initialled(role.startsWith("Chair") || role.contains("Public Health") ? "Dr"
                    : pool.honorificForOfficer(), fill(role, area, ccg)));
        }
        for (String role : rng.sample(COUNCILLOR_ROLES, rng.between(1, 2))) {
            members.add(pool.initialled(pool.honorificForCouncillor(), role));
        }
        members = sortByFamily(members);
        List<Person> apologies = new ArrayList<>();
        for (int i = rng.between(1, 3); i > 0; i--) {
            apologies.add(pool.initialled(rng.chance(0.5) ? "Cllr" : pool.honorificForOfficer(), null));
        }
        List<Person> absent = rng.chance(0.6) ? List.of(pool.initialled(pool.honorificForOfficer(), null)) : List.of();
        List<Person> inAttendance = List.of(pool.initialled(pool.honorificForCouncillor(), null));
        List<Person> officers = new ArrayList<>();
        for (String role : rng.sample(OFFICER_ROLES, rng.between(3, 6))) {
            officers.add(pool.initialled(pool.honorificForOfficer(), fill(role, area, ccg)));
        }
        List<Person> others = new ArrayList<>();
        for (String role : rng.sample(OTHER_ROLES, rng.between(1, 2))) {
            others.add(pool.initialled(pool.honorificForOfficer(), fill(role, area, ccg)));
        }
        List<Topic> topics = rng.sample(CouncilTopics.ALL, rng.between(3, 4));
        List<MinuteItem> minutes = minutes(area, committee, prefix, prevDate, topics.subList(0, topics.size() - 1));
        List<Topic> ahead = rng.sample(CouncilTopics.ALL, 2);
        List<AgendaEntry> agenda = agenda(area, committee, prevDate, ahead);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < ahead.size(); i++) {
            Topic reported = ahead.get(i);
            reports.add(new Report(String.valueOf(6 + i), reported.title(), members.get(i),
                    List.of("To update the " + committee + " on " + reported.title().toLowerCase(Locale.ROOT) + "."),
                    fill(reported.resolutions(), area), fill(reported.paragraphs(), area)));
        }
        return new CouncilPlan(area, area + " Council", committee, prefix, area + " " + committee, packDate,
                LocalTime.of(rng.pick(10, 13, 14), rng.pick(0, 30)), location, prevDate, LocalTime.of(14, 0),
                LocalTime.of(15, rng.between(10, 55)), chair, sortByFamily(members), sortByFamily(apologies), absent,
                inAttendance, sortByFamily(officers), others, agenda, minutes, workProgramme(packDate, members),
                reports, pool.initialled("Mrs", null));
    }

    /** {@code HWB} for {@code Health and Wellbeing Board}: initials of the words that carry meaning. */
    static String prefix(String committee) {
        StringBuilder sb = new StringBuilder();
        for (String word : committee.split(" ")) {
            if (!List.of("and", "of", "the", "Committee").contains(word)) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String ccgAbbr(String area) {
        StringBuilder sb = new StringBuilder();
        for (String word : area.split(" ")) {
            sb.append(word.charAt(0));
        }
        return sb + "CCG";
    }

    private static String fill(String template, String area, String ccg) {
        return template.replace("{area}", area).replace("{ccg}", ccg);
    }

    private static List<String> fill(List<String> templates, String area) {
        return templates.stream().map(t -> t.replace("{area}", area)).toList();
    }

    /** Minutes list members alphabetically by surname, as committee services do. */
    private static List<Person> sortByFamily(List<Person> people) {
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort((a, b) -> a.family().compareTo(b.family()));
        return sorted;
    }

    private List<MinuteItem> minutes(String area, String committee, String prefix, LocalDate prevDate,
                                     List<Topic> topics) {
        String stem = prefix + "/" + String.format("%02d", prevDate.getYear() % 100) + "/";
        int n = rng.between(1, 20);
        List<MinuteItem> items = new ArrayList<>();
        items.add(new MinuteItem(stem + n++ + ".", "Chairman's Announcements and Communications",
                List.of("The Chairman welcomed members to the meeting and reported on the recent visits he had made "
                        + "to services across " + area + "."), List.of(), false, false));
        items.add(new MinuteItem(stem + n++ + ".", "Minutes", List.of(),
                List.of("that the minutes of the meeting of the " + area + " " + committee + " held on "
                        + Dates.dayMonthYear(prevDate.minusWeeks(10)) + " be confirmed as a correct record and "
                        + "signed by the Chairman."), false, false));
        items.add(new MinuteItem(stem + n++ + ".", "Members' Interests", List.of("None were declared."), List.of(),
                false, false));
        items.add(new MinuteItem(stem + n++ + ".", "Public Participation",
                List.of("There were no members of the public registered to speak."), List.of(), false, false));
        for (Topic t : topics) {
            List<String> res = fill(t.resolutions(), area);
            items.add(new MinuteItem(stem + n++ + ".", t.title(), fill(t.paragraphs(), area), res,
                    res.size() == 1 && rng.chance(0.4), true));
        }
        items.add(new MinuteItem(stem + n + ".", "Work Programme", List.of("The Board considered its work plan for "
                        + "the year."), List.of("that the work programme be approved subject to the items agreed "
                        + "at the meeting being scheduled", "that the Pharmaceutical Needs Assessment Update be "
                        + "circulated electronically"), false, true));
        return items;
    }

    private List<AgendaEntry> agenda(String area, String committee, LocalDate prevDate, List<Topic> ahead) {
        List<AgendaEntry> out = new ArrayList<>();
        out.add(new AgendaEntry("1", "Apologies for Absence", "Apologies for absence and notification of "
                + "substitute members.", null, null));
        out.add(new AgendaEntry("2", "Chairman's Announcements and Communications", "To receive any announcements "
                + "from the Chairman and any matters of communication.", null, null));
        out.add(new AgendaEntry("3", "Minutes", "To approve as a correct record the Minutes of the last meeting held "
                + "on " + Dates.dayMonthYear(prevDate) + " and note actions taken since that meeting.", null,
                "minutes"));
        out.add(new AgendaEntry("4", "Members' Interests", "To receive from Members any declarations of interest.",
                null, null));
        out.add(new AgendaEntry("5", "Public Participation", "To receive any questions, statements or deputations "
                + "from members of the public in accordance with the procedures as set out in the Council's "
                + "Constitution.", null, null));
        out.add(new AgendaEntry("6", ahead.get(0).title(), ahead.get(0).agendaDescription(),
                committee.toUpperCase(Locale.ROOT) + " BUSINESS", "report6"));
        out.add(new AgendaEntry("7", ahead.get(1).title(), ahead.get(1).agendaDescription(), null, "report7"));
        out.add(new AgendaEntry("8", "Work Programme", "To consider and approve the work programme.",
                "OTHER BUSINESS", "workprogramme"));
        return out;
    }

    private List<WorkItem> workProgramme(LocalDate packDate, List<Person> members) {
        List<WorkItem> items = new ArrayList<>();
        for (String[] w : rng.sample(CouncilTopics.WORK_ITEMS, rng.between(6, 9))) {
            LocalDate date = packDate.plusWeeks(8L * rng.between(1, 3));
            Person lead = rng.pick(members);
            items.add(new WorkItem(w[0], w[1], rng.chance(0.8) ? Dates.dayMonthYear(date) : "To be Timetabled",
                    lead.given().charAt(0) + " " + lead.family() + ", " + lead.role()));
        }
        return items;
    }
}
