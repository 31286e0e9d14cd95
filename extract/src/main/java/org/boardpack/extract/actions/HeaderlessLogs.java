package org.boardpack.extract.actions;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.boardpack.extract.actions.LogHeader.Role;
import org.boardpack.ingest.Page;
import org.boardpack.ingest.tables.DetectedTable;

/**
 * The columns of an action log's table that prints no header row of its own: a log set as
 * several small boxed tables under section headings, or continued on a page without its header.
 * A table ruled into the same columns as a log whose header was read elsewhere in the document
 * takes that header. Otherwise the columns are told by what their cells hold: a column of
 * statuses ({@code Open}, {@code Complete}), one of owners (initials, names, roles), the widest
 * text as the action, and where present a column of references and one of dates; a table is
 * read as a log only with the statuses, the owners and the action all found.
 */
final class HeaderlessLogs {

    /** A log's header as read over one table, with the column edges it was read over. */
    record Known(LogHeader header, List<Float> edges) {
    }

    /** Column edges this close (points) are the same edge. */
    private static final float SAME_EDGE = 2.5f;
    /** Most of a column's cells must read as its kind. */
    private static final double MOST = 0.75;
    /** A status, a reference, a date is a few words. */
    private static final int SHORT = 4;
    /** The action is the column whose cells run longest, at least this many words on average. */
    private static final double ACTION_WORDS = 3.5;
    /** An item column's cells are a title: a few words. */
    private static final int ITEM_WORDS = 8;
    /** A reference date for reading a bare month as a month at all (its year does not matter here). */
    private static final String ANY_YEAR = "2000-06-15";
    /**
     * A reference: a number, perhaps after a few capitals, or numbers joined by slashes, dots or
     * dashes ({@code 12}, {@code A12}, {@code TB/23/41}, {@code 2023-14}); a cell that reads as a date is none.
     */
    private static final Pattern REF = Pattern.compile("^(?:[A-Z]{1,4}[/.-]?)?\\d{1,4}(?:[/.-]\\d{1,4}){0,2}[a-z]?[.)]?$");

    private final ActionVocabulary words;
    private final OwnerText owners;
    private final ActionDates dates;

    HeaderlessLogs(ActionVocabulary words, ActionDates dates) {
        this.words = words;
        this.owners = new OwnerText(words);
        this.dates = dates;
    }

    /** The header of a known log ruled into the same columns as the table, if any. */
    static Optional<LogHeader> like(Page page, DetectedTable table, List<Known> known) {
        List<Float> edges = HeaderAbove.edges(page, table);
        for (Known k : known) {
            if (same(edges, k.edges())) {
                return Optional.of(k.header());
            }
        }
        return Optional.empty();
    }

    /**
     * The header the table's cells make, read column by column, if they make a log's. A column
     * whose cells open with a date is the dated progress notes, however long they run; of two
     * date columns the one before the action is the date raised, the one after it the deadline;
     * the owners are looked for after the action first (logs say who after what), and a column
     * of short text before the action, neither reference, date nor owner, is the item. A log
     * without an owner column names the owner in most of its actions ({@code … (JB)}, {@code JB to …}).
     */
    Optional<LogHeader> inferred(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int columns = rows.getFirst().size();
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        for (int c = 0; c < columns; c++) {
            if (meanWords(rows, c) >= ACTION_WORDS && most(rows, c, s -> opensWithDate(s))) {
                found.put(Role.COMMENTS, c);
                break;
            }
        }
        int action = -1;
        double longest = ACTION_WORDS;
        for (int c = 0; c < columns; c++) {
            double mean = meanWords(rows, c);
            if (mean >= longest && !Integer.valueOf(c).equals(found.get(Role.COMMENTS))) {
                longest = mean;
                action = c;
            }
        }
        if (action < 0) {
            return Optional.empty();
        }
        found.put(Role.DESCRIPTION, action);
        final int described = action;
        // actions that name their owners leave a column of titles before them no owner column
        boolean ownersInText = most(rows, described, s -> owners.within(s).isPresent());
        for (int c : ownerFirstOrder(columns, action)) {
            if (found.containsValue(c)) {
                continue;
            }
            final int col = c;
            if (!found.containsKey(Role.STATUS) && most(rows, c, s -> short_(s) && words.status(s) != null)) {
                found.put(Role.STATUS, c);
            } else if (!found.containsKey(Role.REF) && c < action && most(rows, col, this::isRef)) {
                found.put(Role.REF, c);
            } else if (most(rows, c, s -> short_(s) && dates.ofCell(s).isPresent())) {
                found.putIfAbsent(c < action ? Role.RAISED : Role.DUE, c);
            } else if (c > action && !found.containsKey(Role.DUE) && most(rows, c, this::isDeadline)) {
                found.put(Role.DUE, c);
            } else if (!found.containsKey(Role.OWNER) && (c > action || !ownersInText)
                    && most(rows, c, owners::isOwner)) {
                found.put(Role.OWNER, c);
            }
        }
        for (int c = 0; c < action; c++) {
            if (!found.containsValue(c) && !found.containsKey(Role.ITEM) && meanWords(rows, c) > 0
                    && most(rows, c, s -> s.split("\\s+").length <= ITEM_WORDS)) {
                found.put(Role.ITEM, c);
            }
        }
        boolean owned = found.containsKey(Role.OWNER) || ownersInText;
        boolean log = found.containsKey(Role.STATUS) && owned;
        return log ? Optional.of(new LogHeader(found)) : Optional.empty();
    }

    private boolean isRef(String cell) {
        return REF.matcher(cell).matches() && dates.ofCell(cell).isEmpty();
    }

    /** The columns after the action, then those before it: where a log's owners are looked for first. */
    private static List<Integer> ownerFirstOrder(int columns, int action) {
        List<Integer> order = new java.util.ArrayList<>();
        for (int c = action + 1; c < columns; c++) {
            order.add(c);
        }
        for (int c = 0; c < action; c++) {
            order.add(c);
        }
        return order;
    }

    /** A deadline: a date, a bare month or day and month ({@code March}, {@code 30 March}), or words ({@code Ongoing}). */
    private boolean isDeadline(String cell) {
        return short_(cell) && (dates.deadline(cell, ANY_YEAR).isPresent() || words.isDeadlineWords(cell));
    }

    /** A progress note: a date, then what was done ({@code 14.10.20 - Paper circulated}). */
    private boolean opensWithDate(String cell) {
        return dates.find(cell).stream().anyMatch(t -> t.start() == 0) && !short_(cell);
    }

    private static boolean short_(String s) {
        return s.split("\\s+").length <= SHORT;
    }

    private static double meanWords(List<List<String>> rows, int c) {
        int cells = 0;
        int total = 0;
        for (List<String> row : rows) {
            String s = row.get(c).strip();
            if (!s.isEmpty()) {
                cells++;
                total += s.split("\\s+").length;
            }
        }
        return cells == 0 ? 0 : (double) total / cells;
    }

    private static boolean most(List<List<String>> rows, int c, java.util.function.Predicate<String> kind) {
        int cells = 0;
        int hits = 0;
        for (List<String> row : rows) {
            String s = row.get(c).replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                cells++;
                hits += kind.test(s) ? 1 : 0;
            }
        }
        return cells > 0 && hits >= MOST * cells;
    }

    private static boolean same(List<Float> a, List<Float> b) {
        if (a.size() != b.size() || a.size() < 3) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > SAME_EDGE) {
                return false;
            }
        }
        return true;
    }
}
