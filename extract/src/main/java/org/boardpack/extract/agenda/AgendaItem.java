package org.boardpack.extract.agenda;

/** One item of an agenda: number as printed ({@code 5a}, {@code 3.b}), title, lead, time, page. */
public record AgendaItem(String meeting, String number, String title, String lead, String time, int page) {
}
