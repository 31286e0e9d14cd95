package org.boardpack.extract.actions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of an action log, read for what its columns mean rather than where they stand:
 * logs name the same column {@code Responsible}, {@code Owner}, {@code Lead} or {@code By whom};
 * {@code Deadline}, {@code Due} or {@code Target date}; {@code Comments}, {@code Update} or
 * {@code Progress}; a RAG rating beside or instead of a status; one {@code Status / Update} column
 * for both. A row is a log header when it names an action and its owner, and at least one
 * of a reference, a deadline, a status or progress notes.
 */
public record LogHeader(Map<Role, Integer> columns) {

    /** What a column of an action log holds. */
    public enum Role { REF, RAISED, ITEM, DESCRIPTION, OWNER, DUE, STATUS, COMMENTS, RAG }

    public LogHeader {
        columns = Map.copyOf(columns);
    }

    /**
     * The header a row makes, if it is an action log's: it names the action and its owner, and at
     * least one of a reference, a deadline, a status or progress notes. A summary table may leave
     * the action's own column without a heading ({@code ITEM | | BY WHOM | BY WHEN}): the one
     * column with no heading is then the action. A log may have no owner column (the owner is
     * named in the action's text): then its action column is headed with an action label
     * ({@code Action}, {@code Agreed actions}, not {@code Description}) and it names at least two of date raised,
     * deadline, status and notes, so that a table of things and their dates (payments) is no log, nor
     * minutes numbered with a deadline beside their action column ({@code No. | Minute | Action | By when}).
     * A row that also heads a column of recommendations ({@code Recommendation | Proposed Actions |
     * Responsible Officer | Due Date}) tracks another's recommendations: no log; nor does a row that
     * heads a column of what was said ({@code Discussion}, {@code Summary}: minutes set as a table).
     *
     * @param roles the roles of headings read so far in this document
     */
    static Optional<LogHeader> of(List<String> row, HeadingRoles roles) {
        ActionVocabulary words = ActionVocabulary.standard();
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        List<Integer> blank = new java.util.ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c) == null ? "" : row.get(c).replaceAll("\\s+", " ").strip();
            if (cell.isEmpty()) {
                blank.add(c);
                continue;
            }
            if (cell.length() > 40) {
                continue;
            }
            if (words.isTrackerColumn(cell)) {
                // "Recommendation | Proposed Actions | Responsible Officer": an auditor's recommendations tracked
                return Optional.empty();
            }
            Role role = roles.role(cell);
            if (role == null && words.isDiscussionHeading(cell)) {
                // "No. | Discussion | Action | Lead | Deadline": what was said heads the minutes' own
                // table, read as minutes (MinutesHeader); one table, one reading
                return Optional.empty();
            }
            if (role != null) {
                found.putIfAbsent(role, c);
            }
        }
        if (!found.containsKey(Role.DESCRIPTION) && found.containsKey(Role.OWNER) && blank.size() == 1
                && found.size() >= 2) {
            found.put(Role.DESCRIPTION, blank.getFirst());
        }
        Integer status = found.get(Role.STATUS);
        if (status != null && !found.containsKey(Role.COMMENTS) && words.namesLogRole(row.get(status), Role.COMMENTS)) {
            // "Status / Update": one column holds the status and its dated updates
            found.put(Role.COMMENTS, status);
        }
        long tracked = java.util.stream.Stream.of(Role.REF, Role.RAISED, Role.DUE, Role.STATUS, Role.COMMENTS, Role.RAG)
                .filter(found::containsKey).map(found::get).distinct().count();
        boolean owned = found.containsKey(Role.OWNER) && tracked >= 1
                && (tracked > 1 || !found.containsKey(Role.RAISED));
        // a number column is what minutes tables print too ("No. | Minute | Action | By when")
        long trackedBesidesRef = tracked - (found.containsKey(Role.REF) ? 1 : 0);
        boolean ownerInText = !found.containsKey(Role.OWNER) && trackedBesidesRef >= 2 && found.containsKey(Role.DESCRIPTION)
                && words.label().matcher(row.get(found.get(Role.DESCRIPTION))).find();
        return found.containsKey(Role.DESCRIPTION) && (owned || ownerInText)
                ? Optional.of(new LogHeader(found)) : Optional.empty();
    }

    /** The cell of a row in the given role, or null when the log has no such column. */
    public String cell(List<String> row, Role role) {
        Integer c = columns.get(role);
        if (c == null || c >= row.size()) {
            return null;
        }
        String text = row.get(c).replaceAll("\\s+", " ").strip();
        return text;
    }

    public boolean has(Role role) {
        return columns.containsKey(role);
    }
}
