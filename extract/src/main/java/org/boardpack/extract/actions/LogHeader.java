package org.boardpack.extract.actions;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header row of an action log, read for what its columns mean rather than where they stand:
 * logs name the same column {@code Responsible}, {@code Owner}, {@code Lead} or {@code By whom};
 * {@code Deadline}, {@code Due} or {@code Target date}; {@code Comments}, {@code Update} or
 * {@code Progress}. A row is a log header when it names an action and its owner, and at least one
 * of a reference, a deadline, a status or progress notes.
 */
public record LogHeader(Map<Role, Integer> columns) {

    /** What a column of an action log holds. */
    public enum Role { REF, RAISED, ITEM, DESCRIPTION, OWNER, DUE, STATUS, COMMENTS }

    /** Tried in this order, so that "Action owner" is an owner and "Date due" a deadline. */
    private static final List<Map.Entry<Role, Pattern>> RULES = List.of(
            Map.entry(Role.OWNER, Pattern.compile(
                    "\\b(owner|owners|lead|leads|responsible|responsibility|by whom|who|assigned to|action by|officer)\\b")),
            Map.entry(Role.DUE, Pattern.compile(
                    "\\b(due|deadline|deadlines|target|by when|timescales?|completion date|date for completion|when)\\b")),
            Map.entry(Role.STATUS, Pattern.compile("\\b(status|rag|open/closed)\\b")),
            Map.entry(Role.COMMENTS, Pattern.compile(
                    "\\b(updates?|comments?|progress|notes?|commentary|remarks|outcome|response)\\b")),
            Map.entry(Role.REF, Pattern.compile(
                    "^(ref|ref no|reference|no|number|#|action no|action number|action ref|id|item no|log no|action id)$")),
            Map.entry(Role.RAISED, Pattern.compile(
                    "^(date|dated|date raised|raised|date added|date opened|opened|meeting date|date of meeting|meeting"
                            + "|date agreed|date identified|date logged|date set)$")),
            Map.entry(Role.ITEM, Pattern.compile("\\b(item|agenda item|subject|topic|title|minute|heading|agenda|area)\\b")),
            Map.entry(Role.DESCRIPTION, Pattern.compile(
                    "\\b(action|actions|description|action required|action agreed|task|tasks)\\b")));

    public LogHeader {
        columns = Map.copyOf(columns);
    }

    /** The header a row makes, if it is an action log's. */
    public static Optional<LogHeader> of(List<String> row) {
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c) == null ? "" : row.get(c).toLowerCase(Locale.ROOT)
                    .replaceAll("[.:*]", "").replaceAll("\\s+", " ").strip();
            if (cell.isEmpty() || cell.length() > 40) {
                continue;
            }
            for (Map.Entry<Role, Pattern> rule : RULES) {
                if (rule.getValue().matcher(cell).find()) {
                    found.putIfAbsent(rule.getKey(), c);
                    break;
                }
            }
        }
        boolean core = found.containsKey(Role.DESCRIPTION) && found.containsKey(Role.OWNER);
        boolean tracked = found.containsKey(Role.REF) || found.containsKey(Role.DUE) || found.containsKey(Role.STATUS)
                || found.containsKey(Role.COMMENTS);
        return core && tracked ? Optional.of(new LogHeader(found)) : Optional.empty();
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
