package org.boardpack.extract.decisions;

import org.boardpack.model.decisions.DecisionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.boardpack.extract.lexicon.Lexicon;
import org.boardpack.extract.text.SentenceSplitter;
import org.boardpack.extract.minutes.ItemGrid;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * Decisions recorded in a grid inside minutes, row by row: a grants or applications table whose
 * header names a decision column ({@code decision-columns}: Recommendation, Decision, Outcome).
 * The decision cell's first sentence is the row's outcome when it is one ({@code Approved.},
 * {@code £2500 approved.}, {@code Approved subject to conditions.}, {@code Rejected.}, a refusal
 * giving kind {@code other}, {@code Noted.} a formal outcome there); every sentence of
 * the row's cells is also read for a decision cue ({@code Committee resolved to fund ...}). A row
 * whose first cell is empty continues the row above (a row broken across pages). Where the first
 * column is headed as the items' ({@code agenda-item-labels}: Item, Agenda item, Minute) and its
 * cell prints a number, the row is that item, and what it decides on is the next cell
 * ({@code Item | Subject | Discussion | Decision}).
 */
final class DecisionTables {

    private final DecisionCues cues;
    private final SentenceSplitter sentences;
    private final Pattern column;
    private final Pattern outcome;
    private final Pattern leading;

    DecisionTables(DecisionCues cues, SentenceSplitter sentences) {
        this.cues = cues;
        this.sentences = sentences;
        this.column = Pattern.compile("^(?i:" + Lexicon.alternation("decision-columns") + ")\\b");
        // an outcome closing a short first sentence: "Approved.", "£2500 approved."
        this.outcome = Pattern.compile("^(?<lead>[^.;:]{0,24}?)\\s*\\b(?<verb>" + cues.vocabulary().verbs().pattern()
                .replace("\\b", "") + ")\\s*\\.?$", Pattern.CASE_INSENSITIVE);
        // or opening it, capitalised: "Approved subject to conditions."
        this.leading = Pattern.compile("^(?<verb>(?i:" + cues.vocabulary().verbs().pattern().replace("\\b", "") + "))\\b(?=[^.]*\\.?$)");
    }

    /** A decision found in a row: its kind, text, the row's first cell or subject (what it decides on), and its item or {@code null}. */
    record Found(DecisionKind kind, String text, String context, String item) {
    }

    /** The index of the table's decision column, or -1 when it has none. */
    int decisionColumn(DetectedTable table) {
        int headers = Math.max(1, table.headerRows());
        for (int r = 0; r < headers && r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                if (column.matcher(row.get(c).strip()).find()) {
                    return c;
                }
            }
        }
        return -1;
    }

    List<Found> read(DetectedTable table, String body) {
        int decision = decisionColumn(table);
        if (decision < 0) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        boolean itemColumn = decision > 0 && !table.rows().isEmpty() && ItemGrid.headsItems(table.rows().getFirst().getFirst());
        for (List<String> row : rows(table)) {
            String first = row.getFirst().strip();
            String item = itemColumn ? ItemGrid.number(first) : null;
            // "Item | Subject | Discussion | Decision": the subject is what the row decides on
            String context = item != null && decision > 2 ? row.get(1).strip() : first;
            List<String> said = sentences.split(row.get(decision).strip());
            int from = 0;
            if (!said.isEmpty()) {
                String sentence = said.getFirst().strip();
                Matcher closing = outcome.matcher(sentence);
                Matcher opening = leading.matcher(sentence);
                String verb = closing.matches() && !closing.group("lead").matches("(?s).*\\p{Ll}{3,}\\s+\\p{Ll}{3,}.*")
                        ? closing.group("verb") : opening.find() ? opening.group("verb") : null;
                DecisionKind kind = verb == null ? null : cues.vocabulary().kindOf(verb);
                if (kind != null) {
                    // the column's outcome is a label: "Noted." there is a formal outcome too
                    out.add(new Found(kind, sentence, context, item));
                    from = 1;
                }
            }
            for (int c = 0; c < row.size(); c++) {
                List<String> cell = c == decision ? said : sentences.split(row.get(c).strip());
                for (int k = c == decision ? from : 0; k < cell.size(); k++) {
                    Optional<DecisionCue> cue = cues.inSentence(cell.get(k), List.of(), body);
                    cue.ifPresent(d -> out.add(new Found(d.kind(), d.text(), context, item)));
                }
            }
        }
        return out;
    }

    /** The data rows, a row with an empty first cell joined to the row above. */
    private static List<List<String>> rows(DetectedTable table) {
        List<List<String>> out = new ArrayList<>();
        for (int r = Math.max(1, table.headerRows()); r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (row.getFirst().isBlank() && !out.isEmpty()) {
                List<String> above = new ArrayList<>(out.getLast());
                for (int c = 0; c < row.size(); c++) {
                    above.set(c, (above.get(c) + " " + row.get(c)).strip());
                }
                out.set(out.size() - 1, above);
            } else {
                out.add(row);
            }
        }
        return out;
    }
}
