package org.boardpack.model.agenda;

/**
 * One item of an agenda, or one numbered item heading of minutes: number as printed ({@code 5a},
 * {@code 3.b}, {@code FGB 98/2122}), title, lead, time, page, and, where committee minutes print a
 * minute number beside the agenda number ({@code 42. (Agenda 1)}), the minute number.
 */
public record AgendaItem(String meeting, String number, String title, String lead, String time, int page,
                         String minuteRef) {

    /** An item without a minute number of its own (every agenda's). */
    public AgendaItem(String meeting, String number, String title, String lead, String time, int page) {
        this(meeting, number, title, lead, time, page, null);
    }
}
