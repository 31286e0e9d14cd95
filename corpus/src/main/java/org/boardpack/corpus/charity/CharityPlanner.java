package org.boardpack.corpus.charity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.charity.CharityPlan.AgendaEntry;
import org.boardpack.corpus.charity.CharityPlan.MinuteItem;
import org.boardpack.corpus.charity.CharityPlan.MinutePara;
import org.boardpack.corpus.charity.CharityPlan.Paper;
import org.boardpack.corpus.charity.CharityTopics.Topic;
import org.boardpack.corpus.people.NamePool;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.decisions.DecisionKind;

/** Draws a {@link CharityPlan} from a seed: which charity, who attended, what was discussed and decided. */
public final class CharityPlanner {

    /** Name, town, registered office. */
    private static final List<String[]> CHARITIES = List.of(
            new String[] {"Riverside Hospice", "Exeter", "12 Mill Lane, Exeter EX1 2AB"},
            new String[] {"Wessex Stroke Trust", "Salisbury", "Unit 4, Castle Yard, Salisbury SP1 3TT"},
            new String[] {"Northfield Carers' Trust", "Wakefield", "The Old School, Northfield Road, Wakefield WF2 8QP"},
            new String[] {"Hope Street Youth Trust", "Liverpool", "41 Hope Street, Liverpool L1 9BQ"},
            new String[] {"Calder Valley Community Foundation", "Halifax", "Dean Clough Mills, Halifax HX3 5AX"},
            new String[] {"St Aldhelm's Hospice", "Sherborne", "Priory Road, Sherborne DT9 4HN"});
    private static final List<String> PLACES = List.of("the north of the county", "the city centre", "the coastal "
            + "towns", "the rural west");
    private static final List<String> STAFF = List.of("Chief Executive", "Director of Finance", "Director of Services",
            "Director of Fundraising", "Company Secretary", "Head of People");

    private final Rng rng;

    public CharityPlanner(Rng rng) {
        this.rng = rng;
    }

    public CharityPlan draw() {
        String[] charity = rng.pick(CHARITIES);
        String body = charity[0] + " Board of Trustees";
        LocalDate packDate = LocalDate.of(rng.between(2019, 2024), rng.pick(1, 3, 5, 7, 9, 11), 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(rng.between(2, 4), rng.pick(DayOfWeek.TUESDAY,
                        DayOfWeek.THURSDAY)));
        LocalDate prevDate = packDate.minusWeeks(rng.pick(8, 9, 13));
        NamePool pool = new NamePool(rng);
        List<Person> trustees = new ArrayList<>();
        int n = rng.between(7, 11);
        for (int i = 0; i < n; i++) {
            String role = i == 0 ? "Chair" : i == 1 ? "Vice Chair" : i == 2 ? "Treasurer" : "Trustee";
            trustees.add(pool.forename(rng.chance(0.12) ? rng.pick("Dr", "Prof", "Revd") : null, role));
        }
        List<Person> staff = new ArrayList<>();
        for (String role : STAFF.subList(0, rng.between(3, STAFF.size()))) {
            staff.add(pool.forename(null, role));
        }
        int nApologies = rng.between(1, 3);
        List<Person> everyone = new ArrayList<>(trustees);
        everyone.addAll(staff);
        everyone = NamePool.withInitials(everyone);
        List<Person> present = new ArrayList<>(everyone.subList(0, n - nApologies));
        List<Person> apologies = everyone.subList(n - nApologies, n);
        List<Person> invited = everyone.subList(n, everyone.size());
        boolean initialsListed = rng.chance(0.5);
        List<Person> owners = new ArrayList<>(present.subList(1, present.size()));
        owners.addAll(invited);
        owners.addAll(invited);
        String fy = (packDate.getYear() + (packDate.getMonthValue() >= 4 ? 1 : 0)) + "/"
                + String.format("%02d", (packDate.getYear() + 1 + (packDate.getMonthValue() >= 4 ? 1 : 0)) % 100);
        String place = rng.pick(PLACES);
        List<Topic> topics = rng.sample(CharityTopics.ALL, rng.between(3, 5));
        if (topics.stream().allMatch(t -> t.kind() == null)) {
            topics.set(0, CharityTopics.ALL.get(1));
        }
        Filler fill = new Filler(place, fy, Dates.month(prevDate.minusMonths(1)));
        ActionOwners resolver = new ActionOwners(present, invited, initialsListed);
        List<MinuteItem> minutes = minutes(prevDate, topics, fill, owners, resolver);
        LocalTime packStart = LocalTime.of(rng.pick(10, 14, 17), rng.pick(0, 0, 30));
        List<AgendaEntry> agenda = new ArrayList<>();
        List<Paper> papers = agenda(agenda, prevDate, packStart, present, invited, fill);
        String venue = rng.pick("Board Room, ", "Meeting Room 2, ", "The Hub, ") + charity[2];
        return new CharityPlan(charity[0], String.valueOf(rng.between(1000000, 1199999)), charity[2], body,
                rng.pick("Board of Trustees", "Trustee Board meeting", "Meeting of the Board of Trustees"),
                packDate, packStart, packStart.plusMinutes(rng.pick(150, 180, 210)),
                rng.chance(0.3) ? "Zoom" : venue, prevDate, packStart, packStart.plusMinutes(rng.pick(120, 150, 165)),
                rng.chance(0.3) ? "Microsoft Teams" : venue, initialsListed, rng.pick("In attendance", "Invited"),
                present, invited, apologies, agenda, minutes, papers);
    }

    private List<MinuteItem> minutes(LocalDate prevDate, List<Topic> topics, Filler fill, List<Person> owners,
                                     ActionOwners resolver) {
        List<MinuteItem> items = new ArrayList<>();
        items.add(item(1, "Welcome and apologies", List.of(
                "The Chair welcomed everyone to the meeting. Apologies were received as noted above and the meeting "
                        + "was quorate.")));
        items.add(item(2, "Declarations of interest", List.of(rng.pick("There were no new declarations of interest.",
                "No declarations were made in respect of items on the agenda."))));
        // the previous minutes approved, in the passive: a decision of the meeting (annotation guide)
        String approved = "The minutes of the meeting held on "
                + Dates.dayMonthYear(prevDate.minusWeeks(rng.between(8, 12))) + " were approved as a correct record.";
        items.add(new MinuteItem("3", "Minutes of the previous meeting and matters arising", List.of(
                new MinutePara("3.1", approved, DecisionKind.APPROVED, approved, null, null),
                new MinutePara("3.2", "There were no matters arising that were not covered elsewhere on the agenda.",
                        null, null, null, null))));
        for (Topic t : topics) {
            int num = items.size() + 1;
            List<MinutePara> paras = new ArrayList<>();
            for (String p : t.paragraphs()) {
                paras.add(new MinutePara(num + "." + (paras.size() + 1), fill.apply(p), null, null, null, null));
            }
            if (t.kind() != null) {
                String text = fill.apply(t.decision());
                String printed = t.kind() == DecisionKind.AGREED
                        ? "Agreed: " + text : text;
                paras.add(new MinutePara(num + "." + (paras.size() + 1), printed, t.kind(), text, null, null));
            }
            for (String a : t.actions()) {
                ActionOwners.Owner owner = resolver.owner(rng, owners);
                paras.add(new MinutePara(num + "." + (paras.size() + 1), fill.apply(a), null, null, owner.printed(),
                        owner.name()));
            }
            items.add(new MinuteItem(String.valueOf(num), fill.apply(t.title()), paras));
        }
        items.add(item(items.size() + 1, "Any other business", List.of("There was no other business.")));
        return items;
    }

    private static MinuteItem item(int n, String title, List<String> texts) {
        List<MinutePara> paras = new ArrayList<>();
        for (String t : texts) {
            paras.add(new MinutePara(n + "." + (paras.size() + 1), t, null, null, null, null));
        }
        return new MinuteItem(String.valueOf(n), title, paras);
    }

    /** Fills the agenda and returns the papers: the long reports that sit behind three of its items. */
    private List<Paper> agenda(List<AgendaEntry> agenda, LocalDate prevDate, LocalTime start, List<Person> present,
                               List<Person> invited, Filler fill) {
        String chair = present.get(0).initials();
        LocalTime t = start;
        agenda.add(new AgendaEntry("1", "Welcome, apologies and declarations of interest", chair, null, t));
        agenda.add(new AgendaEntry("2", "Minutes and matters arising", chair, null, t = t.plusMinutes(5)));
        agenda.add(new AgendaEntry("2.1", "Minutes of the meeting held on " + Dates.dayMonthYear(prevDate), chair,
                "Paper A", null));
        agenda.add(new AgendaEntry("2.2", "Matters arising", chair, null, null));
        List<Paper> papers = new ArrayList<>();
        String[] titles = {"Chief Executive's Report", "Management Accounts", "Services Impact Report"};
        char label = 'B';
        for (int i = 0; i < titles.length; i++) {
            Person lead = i == 1 && invited.size() > 1 ? invited.get(1) : invited.get(0);
            String number = String.valueOf(agenda.stream().filter(a -> !a.number().contains(".")).count() + 1);
            agenda.add(new AgendaEntry(number, titles[i], lead.initials(), "Paper " + label, t = t.plusMinutes(15)));
            papers.add(new Paper(number, "Paper " + label++, titles[i], lead));
            if (i == 1 && rng.chance(0.6)) {
                agenda.add(new AgendaEntry(number + ".1", fill.apply("Budget {fy}"), lead.initials(), null, null));
            }
        }
        String number = String.valueOf(agenda.stream().filter(a -> !a.number().contains(".")).count() + 1);
        agenda.add(new AgendaEntry(number, "Any other business", chair, null, t.plusMinutes(rng.pick(20, 30, 40))));
        return papers;
    }

    /** The slot values of this pack's topic templates. */
    private record Filler(String place, String fy, String month) {
        String apply(String s) {
            return s.replace("{place}", place).replace("{fy}", fy).replace("{month}", month);
        }
    }
}
