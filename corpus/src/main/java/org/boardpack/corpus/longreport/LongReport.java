package org.boardpack.corpus.longreport;

import java.time.LocalDate;

/**
 * A long report to draw between the papers that matter.
 *
 * @param agendaItem    the agenda number printed on it, or null
 * @param author        "Name, Role" as the report's byline prints it
 * @param runningHeader the running header of its pages, or null
 * @param meeting       the meeting id its document answer belongs to
 * @param pages         how many pages the body should fill (the appendix comes on top)
 * @param numbered      numbered headings and paragraphs ({@code 2.3}) rather than plain ones
 * @param appendix      a landscape appendix with a wide monthly dashboard table
 */
public record LongReport(String title, String agendaItem, String author, LocalDate date, String runningHeader,
                         String meeting, int pages, boolean numbered, boolean appendix) {
}
