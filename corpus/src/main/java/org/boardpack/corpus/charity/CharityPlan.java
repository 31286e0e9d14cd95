package org.boardpack.corpus.charity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.people.Person;
import org.boardpack.model.decisions.DecisionKind;

/**
 * Everything drawn from the seed for one charity board pack: the agenda for the meeting on
 * {@code packDate}, the minutes of the one on {@code prevDate}, and the papers. {@code body} is the
 * charity's name plus {@code Board of Trustees}, the name meeting ids are made from.
 *
 * @param initialsListed attendees printed as {@code Name (XX)}; otherwise as {@code Name (Role)} or bare
 * @param invitedLabel   the key of the staff row: {@code In attendance} or {@code Invited}
 */
public record CharityPlan(String charity, String regNumber, String office, String body, String meetingTitle,
                          LocalDate packDate, LocalTime packStart, LocalTime packEnd, String packPlace,
                          LocalDate prevDate, LocalTime prevStart, LocalTime prevEnd, String prevPlace,
                          boolean initialsListed, String invitedLabel, List<Person> present, List<Person> invited,
                          List<Person> apologies, List<AgendaEntry> agenda, List<MinuteItem> minutes,
                          List<Paper> papers) {

    public String packMeetingId() {
        return Slug.meetingId(body, packDate);
    }

    public String prevMeetingId() {
        return Slug.meetingId(body, prevDate);
    }

    /** A line of the agenda: {@code 3} or {@code 3.1}; lead initials, paper label and time may be null. */
    public record AgendaEntry(String number, String title, String lead, String paper, LocalTime time) {
    }

    /** A numbered minute with its numbered paragraphs. */
    public record MinuteItem(String number, String title, List<MinutePara> paras) {
    }

    /**
     * A paragraph {@code 4.2}. A decision paragraph has a {@code kind} and the answer's text (the
     * words after {@code Agreed:}, or the whole {@code The Board approved ...} sentence); an action
     * paragraph has the owner printed in the action column and the person it resolves to, if any.
     */
    public record MinutePara(String number, String text, DecisionKind kind, String decisionText, String owner,
                             String ownerName) {
    }

    /** A paper behind an agenda item: {@code Paper C}, its title and author, drawn as a long report. */
    public record Paper(String agendaNumber, String label, String title, Person author) {
    }
}
