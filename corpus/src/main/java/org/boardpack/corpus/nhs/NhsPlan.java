package org.boardpack.corpus.nhs;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.corpus.Slug;
import org.boardpack.corpus.people.Person;

/**
 * Everything drawn from the seed for one NHS pack, before any of it is laid out. The pack is for
 * the meeting on {@code packDate}; its minutes record the meeting on {@code prevDate}. With
 * {@code formalName} the agenda prints the board's formal name ({@code Partnership Board for
 * Kesteven, Rutland and Stamford}) while its minutes and action log print the short one
 * ({@code KRS Partnership Board}), as real boards do; the body keeps one id either way.
 */
public record NhsPlan(NhsArea area, String body, LocalDate packDate, LocalTime packStart, LocalTime packEnd,
                      String packLocationLine, String packLocation, LocalDate prevDate, LocalTime prevTime,
                      String prevLocation, LocalDate minutesBefore, LocalTime closedAt, boolean dottedNumbers,
                      List<Person> members, List<Person> apologies, List<Person> attendees,
                      List<AgendaRow> agenda, List<MinuteItem> minuteItems, LocalDate logUpdated,
                      List<LogRow> log, List<Report> reports, boolean formalName) {

    /** The name the agenda prints: the formal one, or the short one the other papers print. */
    public String agendaBody() {
        return formalName ? "Partnership Board for " + area.name() : body;
    }

    /** The same pack with its agenda printing the formal name or not. */
    public NhsPlan withFormalName(boolean formal) {
        return new NhsPlan(area, body, packDate, packStart, packEnd, packLocationLine, packLocation, prevDate, prevTime,
                prevLocation, minutesBefore, closedAt, dottedNumbers, members, apologies, attendees, agenda,
                minuteItems, logUpdated, log, reports, formal);
    }

    public String packMeetingId() {
        return Slug.meetingId(body, packDate);
    }

    public String prevMeetingId() {
        return Slug.meetingId(body, prevDate);
    }

    /** An agenda row: number (null for Welcome), title, a description line, sub-items, lead, time, paper suffix. */
    public record AgendaRow(String number, String title, String description, List<SubItem> subItems, String lead,
                            LocalTime time, String suffix) {
    }

    /** {@code a. To approve the meeting notes ...}; {@code suffix} is {@code " - attached"} or empty. */
    public record SubItem(String letter, String title, String suffix) {
    }

    /**
     * One numbered item of the minutes' discussion table. A paragraph that is only a letter and a
     * short title ({@code a. Minutes}) heads a part of the item: agenda item {@code 3a}.
     * {@code approval}, when set, is one of its paragraphs that records a decision in the passive
     * (the previous minutes "confirmed as a true record").
     */
    public record MinuteItem(String number, String title, List<String> paragraphs, List<String> bullets,
                             List<String> comments, String decision, List<MinuteAction> actions, String approval) {

        private static final Pattern SUB_HEADING = Pattern.compile("^([a-z])\\. ([A-Z][^.]*)$");

        /** An item whose paragraphs record no decision in the passive. */
        public MinuteItem(String number, String title, List<String> paragraphs, List<String> bullets,
                          List<String> comments, String decision, List<MinuteAction> actions) {
            this(number, title, paragraphs, bullets, comments, decision, actions, null);
        }

        /** The sub-heading a paragraph is, if it is one. */
        public Optional<SubItem> subHeading(int paragraph) {
            Matcher m = SUB_HEADING.matcher(paragraphs.get(paragraph));
            return m.matches() ? Optional.of(new SubItem(m.group(1), m.group(2), "")) : Optional.empty();
        }

        /** The agenda number a paragraph sits under: the last sub-heading above it ({@code 3a}), else the item's. */
        public String itemOf(int paragraph) {
            for (int k = paragraph - 1; k >= 0; k--) {
                Optional<SubItem> sub = subHeading(k);
                if (sub.isPresent()) {
                    return number + sub.get().letter();
                }
            }
            return number;
        }
    }

    /** An entry of the minutes' action column: {@code Action 31} over {@code Chair} or initials. */
    public record MinuteAction(String ref, String owner, String ownerName, String description, String update) {
    }

    /** A row of the action log. {@code ownerName} is the answer's resolution of {@code responsible}. */
    public record LogRow(String ref, LocalDate raised, String item, String action, String responsible,
                         String ownerName, LocalDate due, String status, List<Update> updates) {
    }

    /** A dated comment; {@code separator} is what the minute-taker typed after the date. */
    public record Update(LocalDate date, String separator, String text) {
    }

    /** A paper behind an agenda item: cover sheet fields and the report body. */
    public record Report(String agendaNumber, String title, Person sro, Person author, String summary,
                         String ask, String purpose, List<String> recommendations, List<String> sections,
                         List<String> paragraphs, boolean withTable) {
    }
}
