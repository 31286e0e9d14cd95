package org.boardpack.corpus.longreport;

import java.util.List;

/**
 * The words a style's long reports are made of: the places and organisations they name, the
 * indicators in their performance tables, the lines of their finance tables, section headings
 * and the sentence templates of their prose. Templates use slots ({@code {metric}}, {@code {pct}},
 * {@code {money}}, {@code {place}}, {@code {org}}, {@code {month}}, {@code {target}}, {@code {trend}})
 * that {@link Prose} fills.
 *
 * @param titles   report titles with the headings their sections take
 * @param metrics  indicator names; percentages unless they end in {@code (number)}
 */
public record Vocabulary(List<String> places, List<String> orgs, List<String> metrics, List<String> financeLines,
                         List<ReportKind> titles, List<String> sentences) {

    /** A kind of long report: its title and the section headings it is written under. */
    public record ReportKind(String title, List<String> sections) {
    }
}
