package org.boardpack.corpus.parish;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.boardpack.corpus.Dates;
import org.boardpack.corpus.Rng;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.parish.ParishPlan.Entry;
import org.boardpack.corpus.parish.ParishPlan.Layout;
import org.boardpack.corpus.parish.ParishPlan.Minute;
import org.boardpack.corpus.parish.ParishPlan.Paragraph;
import org.boardpack.corpus.people.NamePool;
import org.boardpack.corpus.people.Person;

/** Draws a {@link ParishPlan} from a seed: the council, its people, its minutes and their wording. */
public final class ParishPlanner {

    private static final List<String> PLACES = List.of("Little Hadlow", "Eastcombe Green", "Upper Brockley",
            "Stanway Heath", "Kingsmoor", "Ashby Parva", "Netherfield");
    /** Where parish councils meet; {@code {place}} is the parish. Printed after "in", so no article. */
    private static final List<String> VENUES = List.of("{place} Village Hall, Church Lane", "{place} Memorial Hall",
            "St Mary's Church Room, High Street", "Recreation Ground Pavilion, Mill Lane", "{place} Primary School, School Road");
    private static final List<String> TOPICS = List.of("PLANNING", "FINANCE", "HIGHWAYS AND FOOTPATHS",
            "VILLAGE GREEN AND PLAY AREA", "CORRESPONDENCE", "ALLOTMENTS", "COMMUNITY SAFETY");

    private final Rng rng;
    private final Variations variations;
    private final ParishNumbering numbering;

    public ParishPlanner(Rng rng) {
        this(rng, Variations.NONE);
    }

    /** A planner whose wording takes the given variations (decision forms, apologies in a sentence). */
    public ParishPlanner(Rng rng, Variations variations) {
        this(rng, variations, 0L);
    }

    /**
     * A planner whose wording and numbering take the given variations, the numbering drawn from
     * {@code seed}'s stream of its own.
     */
    public ParishPlanner(Rng rng, Variations variations, long seed) {
        this.rng = rng;
        this.variations = variations;
        this.numbering = new ParishNumbering(seed, variations);
    }

    public ParishPlan draw() {
        String place = rng.pick(PLACES);
        String body = place + (rng.chance(0.75) ? " Parish Council" : " Town Council");
        LocalDate date = LocalDate.of(rng.between(2008, 2023), rng.between(1, 12), 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
        LocalTime time = rng.pick(LocalTime.of(19, 30), LocalTime.of(19, 0), LocalTime.of(19, 15));
        Layout layout = new Layout(rng.between(0, 2), rng.between(0, 1), rng.chance(0.6), rng.chance(0.4),
                rng.chance(0.5));
        NamePool pool = new NamePool(rng);
        boolean forenames = layout.present() == 1;
        List<Person> present = new ArrayList<>();
        Person chair = person(pool, forenames, "Chairman");
        present.add(chair);
        for (int i = rng.between(4, 8); i > 0; i--) {
            present.add(person(pool, forenames, null));
        }
        List<Person> apologies = new ArrayList<>();
        for (int i = rng.between(0, 2); i > 0; i--) {
            apologies.add(person(pool, forenames, null));
        }
        Person clerk = pool.forename(null, "Clerk");
        int first = rng.between(12, 160);
        List<Minute> minutes = minutes(first, apologies, date.minusWeeks(rng.pick(4, 5, 8)), present);
        LocalDate next = date.plusWeeks(rng.pick(4, 5, 8));
        List<String> nextAgenda = List.of("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST",
                "MINUTES OF THE MEETING HELD ON " + Dates.ordinal(date).toUpperCase(java.util.Locale.ROOT),
                "PUBLIC PARTICIPATION", rng.pick(TOPICS), "FINANCE", "DATE OF NEXT MEETING");
        return new ParishPlan(body, rng.pick(VENUES).replace("{place}", place), date, time, date.minusWeeks(4), chair, present, apologies,
                clerk, rng.between(2, 6), minutes, next, nextAgenda, clerk, layout);
    }

    /** Councillors print with initials in some councils' lists and with forenames in others. */
    private static Person person(NamePool pool, boolean forenames, String role) {
        return forenames ? pool.forename("Cllr", role) : pool.initialled("Cllr", role);
    }

    private List<Minute> minutes(int first, List<Person> apologies, LocalDate previous, List<Person> present) {
        List<Minute> out = new ArrayList<>();
        int n = first;
        out.add(new Minute(n++, "APOLOGIES FOR ABSENCE", apologies(apologies, ParishPlan.apologisedWhilePresent(present, variations),
                ParishPlan.notedAbsent(present, variations))));
        out.add(new Minute(n++, "DECLARATIONS OF INTEREST",
                List.of(new Paragraph("There were no declarations of interest."))));
        Minute elections = numbering.elections(n);
        if (elections != null) {
            out.add(elections);
            n++;
        }
        out.add(new Minute(n, "MINUTES OF THE PREVIOUS MEETING",
                List.of(ParishWording.minutesApproved(Dates.ordinal(previous), String.valueOf(n)))));
        n++;
        out.add(new Minute(n++, "PUBLIC PARTICIPATION", numbering.publicComments(new Paragraph(rng.chance(0.5)
                ? "No members of the public wished to speak."
                : "A resident raised concerns about speeding traffic on the main road; the Chairman thanked them."))));
        List<String> matters = new ArrayList<>(rng.sample(ParishWording.MATTERS, 6));
        for (String topic : rng.sample(TOPICS, rng.between(2, 4))) {
            List<Entry> entries = new ArrayList<>();
            for (int k = rng.between(1, 3); k > 0 && !matters.isEmpty(); k--) {
                String ref = n + "." + (entries.size() + 1);
                if (rng.chance(0.4)) {
                    entries.add(ParishWording.narrative(rng, matters.getFirst()));
                    continue;
                }
                Person[] two = rng.sample(present, 2).toArray(Person[]::new);
                entries.add(ParishWording.decision(rng, matters.removeFirst(), two[0].printed(), two[1].printed(), ref,
                        variations));
            }
            if (entries.isEmpty()) {
                entries.add(new Paragraph("The Clerk reported that there was nothing further to consider."));
            }
            out.add(new Minute(n++, topic, entries, true));
        }
        Minute reports = numbering.reports(n);
        if (reports != null) {
            out.add(reports);
            n++;
        }
        out.add(new Minute(n, "DATE OF NEXT MEETING",
                List.of(new Paragraph("The next meeting will be held on the second Wednesday of next month."))));
        return numbering.outOfColumn(out);
    }

    /**
     * The apologies minute's paragraphs: a sentence ("Apologies were received from …", varied "… had
     * given their apologies."), a sentence of its own for a member also listed present ("Cllr A had
     * given her apologies."), or, varied, the names alone one a line; varied too, a member noted
     * "Cllr B Jones not here" after them, the apologies then informal notes one a line ("Cllr A Smith
     * apologies") where no other variation prints them.
     */
    private List<Entry> apologies(List<Person> apologies, Person alsoPresent, Person absent) {
        List<Entry> out = new ArrayList<>(apologies(apologies, alsoPresent, absent != null));
        if (absent != null) {
            // the note of one not there closes whatever the apologies are printed as
            out.add(new Paragraph(absent.printed() + " not here"));
        }
        return out;
    }

    /** The apologies alone; {@code notes}: as informal notes where no other variation prints them. */
    private List<Entry> apologies(List<Person> apologies, Person alsoPresent, boolean notes) {
        List<Person> named = new ArrayList<>(apologies);
        if (alsoPresent != null) {
            named.add(alsoPresent);
        }
        if (named.isEmpty()) {
            return notes ? List.of() : List.of(new Paragraph("There were no apologies for absence."));
        }
        if (variations.has(Variation.APOLOGIES_BARE_NAMES)) {
            return named.stream().<Entry>map(p -> new Paragraph(p.printed())).toList();
        }
        if (notes && !variations.has(Variation.APOLOGIES_IN_SENTENCE)) {
            return named.stream().<Entry>map(p -> new Paragraph(p.printed() + " apologies")).toList();
        }
        List<Entry> out = new ArrayList<>();
        if (!apologies.isEmpty()) {
            out.add(new Paragraph(variations.has(Variation.APOLOGIES_IN_SENTENCE)
                    ? joined(apologies) + " had given their apologies."
                    : "Apologies were received from " + joined(apologies) + "."));
        }
        if (alsoPresent != null) {
            // the pronoun from the name, not the seed: the plan's draws stay as they were
            String pronoun = Math.floorMod(alsoPresent.family().hashCode(), 2) == 0 ? "his" : "her";
            out.add(new Paragraph(alsoPresent.printed() + " had given " + pronoun + " apologies."));
        }
        return out;
    }

    private static String joined(List<Person> people) {
        List<String> names = people.stream().map(Person::printed).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
