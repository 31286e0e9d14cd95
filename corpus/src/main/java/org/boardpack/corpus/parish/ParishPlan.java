package org.boardpack.corpus.parish;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.Variation;
import org.boardpack.corpus.Variations;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.decisions.DecisionKind;

/**
 * Everything drawn from the seed for one parish or town council file: the minutes of a meeting
 * and, in some files, the summons and agenda of the next one. {@code layout} holds the seeded
 * choices among the ways real councils print the same things.
 */
public record ParishPlan(String body, String venue, LocalDate date, LocalTime time, LocalDate previousDate,
                         Person chair, List<Person> present, List<Person> apologies, Person clerk, int publicCount,
                         List<Minute> minutes, LocalDate nextDate, List<String> nextAgenda, Person signatory,
                         Layout layout) {

    public String meetingId() {
        return Slug.meetingId(body, date);
    }

    public String nextMeetingId() {
        return Slug.meetingId(body, nextDate);
    }

    /** The member listed present whose apologies the minutes record all the same (varied), or null. */
    public Person apologisedWhilePresent(Variations variations) {
        return apologisedWhilePresent(present, variations);
    }

    /**
     * With {@link Variation#APOLOGIES_FOR_PRESENT}: the last member listed present (never the chair,
     * who is listed first) also sends apologies, which the annotation guide says replace presence.
     */
    static Person apologisedWhilePresent(List<Person> present, Variations variations) {
        return variations.has(Variation.APOLOGIES_FOR_PRESENT) && present.size() > 1 ? present.getLast() : null;
    }

    /** The member the minutes note as not there (varied), left out of the present list, or null. */
    public Person notedAbsent(Variations variations) {
        return notedAbsent(present, variations);
    }

    /**
     * With {@link Variation#ATTENDANCE_NOTES}: the second member drawn (never the chair, listed
     * first, nor the last, who may have sent apologies while listed) is noted "not here". Taken
     * from the members drawn, not drawn anew, so the seed's plan is the same varied or not.
     */
    static Person notedAbsent(List<Person> present, Variations variations) {
        return variations.has(Variation.ATTENDANCE_NOTES) && present.size() > 2 ? present.get(1) : null;
    }

    /** The members the present list prints: all drawn but the one noted absent. */
    public List<Person> listedPresent(Variations variations) {
        Person absent = notedAbsent(variations);
        return present.stream().filter(p -> p != absent).toList();
    }

    /**
     * How this file prints its parts. {@code title}: 0 a sentence in body type under a capitalised
     * letterhead, 1 a capitalised title over a "HELD ON … AT … IN …" line, 2 the body as a heading
     * and "Minutes of the meeting held on" with the date wrapped to the next line; {@code present}:
     * 0 a label with the names in a second column and roles in brackets, 1 "PRESENT: Cllrs A, B and
     * C" with one honorific for the group; {@code clock24} prints 19.30 rather than 7.30pm.
     */
    public record Layout(int title, int present, boolean boldHeadings, boolean clock24, boolean withAgenda) {
    }

    /**
     * A numbered minute: its heading, then paragraphs and resolutions in print order; with
     * {@code numbered} each paragraph carries its sub-number ({@code 89.1}, {@code 89.2}), which
     * are paragraphs of the item, not items of their own.
     */
    public record Minute(int number, String title, List<Entry> entries, boolean numbered, float shift,
                         boolean colon) {

        public Minute(int number, String title, List<Entry> entries, boolean numbered) {
            this(number, title, entries, numbered, 0f, false);
        }

        public Minute(int number, String title, List<Entry> entries) {
            this(number, title, entries, false);
        }

        /**
         * The minute with its number set {@code points} right of the column (varied: a heading
         * typed a little out of place); {@code colon} prints the heading with a colon of its own.
         */
        Minute printed(float points, boolean withColon) {
            return new Minute(number, title, entries, numbered, points, withColon);
        }
    }

    /** One printed paragraph of a minute. */
    public sealed interface Entry permits Paragraph, Resolution, Closed, Points, LetteredTitle, Labelled {

        String printed();
    }

    /** Narrative that records no decision (noted, reported, asked, will). */
    public record Paragraph(String printed) implements Entry {
    }

    /**
     * A paragraph that records a decision; {@code text} is what the answers hold (the whole
     * sentence, or from "that" on after a leading RESOLVED label), {@code ref} the sub-number
     * printed before it ({@code 89.1}), or null.
     */
    public record Resolution(String printed, String text, DecisionKind kind, String ref) implements Entry {
    }

    /**
     * A proposal whose outcome ({@code AGREED.}) is printed on a line of its own below it;
     * {@code printed} is the proposal, {@code text} what the answers hold.
     */
    public record Closed(String printed, String outcome, String text, DecisionKind kind, String ref) implements Entry {
    }

    /**
     * A list nested in a minute with numbers of its own ({@code 1.}, {@code 2.} …): the sentence
     * over it ({@code printed}; a colon introduces the list, or a count of speakers does), then the
     * points. Not items of the agenda: the minute's numbering goes on after it.
     */
    public record Points(String printed, List<String> points) implements Entry {
    }

    /**
     * A short lettered title right under the minute's heading ({@code a) Chairman}): a sub-item of
     * the minute, numbered {@code 6(a)} as the guide reads {@code a)} under item 6.
     */
    public record LetteredTitle(String letter, String printed) implements Entry {
    }

    /**
     * A sub-numbered paragraph opening with a short title label ({@code 47.1 Play Area: …}); where
     * every sub-number of a minute is labelled so, each is a sub-item titled by its label, and a
     * decision in it sits under the sub-item.
     */
    public record Labelled(String label, Entry entry) implements Entry {

        @Override
        public String printed() {
            return label + ": " + entry.printed();
        }
    }
}
