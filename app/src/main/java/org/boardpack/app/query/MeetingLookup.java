package org.boardpack.app.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.boardpack.model.actions.Action;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.bodies.MeetingIds;

/**
 * A meeting by its id, gathered from every file that speaks of it: the agenda pack that is for it
 * and the next pack whose minutes record it both hold a meeting record, and each may know details
 * the other does not, so the first known value of each detail is taken. The id is the resolved
 * body's ({@link MeetingIds}): a pack whose agenda printed the board's formal name and the next
 * pack whose minutes printed its short name are one meeting; an id as a pack printed it finds the
 * same meeting, shown under its resolved id.
 */
public final class MeetingLookup {

    private static final int SUGGESTIONS = 8;

    private static final RecordKind<Meeting> MEETING = new RecordKind<>("meeting", Meeting.class);

    private final PackSearcher searcher;
    private final RecordRows rows;

    public MeetingLookup(PackSearcher searcher, RecordRows rows) {
        this.searcher = searcher;
        this.rows = rows;
    }

    /**
     * The meeting, or empty when no record in the index belongs to it. For each id a pack may have
     * printed for it, its records of every kind are read in one listing (source order, as each
     * kind's own listing gives them) and split here; a record is the meeting's when its id
     * resolves to it.
     */
    public Optional<MeetingView> find(String given) throws IndexException {
        MeetingIds ids = rows.ids();
        String id = ids.resolved(given, null, null);
        List<IndexedRecord> all = new ArrayList<>();
        for (String printed : ids.printed(id)) {
            list(RecordSelection.ofMeeting(printed, Set.of(MEETING.indexType(), "page",
                    RecordKind.AGENDA.indexType(), RecordKind.ATTENDANCE.indexType(), RecordKind.DECISION.indexType(),
                    RecordKind.ACTION.indexType()))).stream()
                    .filter(r -> id.equals(ids.resolved(r.meeting(), r.body(), r.path())))
                    .forEach(all::add);
        }
        List<IndexedRecord> meetings = ofType(all, MEETING.indexType());
        List<IndexedRecord> pages = ofType(all, "page");
        List<RecordRow<AgendaItem>> agenda = rows(RecordKind.AGENDA, all);
        List<RecordRow<Attendance>> attendance = rows(RecordKind.ATTENDANCE, all);
        List<RecordRow<Decision>> decisions = rows(RecordKind.DECISION, all);
        List<RecordRow<Action>> actions = rows(RecordKind.ACTION, all);
        if (meetings.isEmpty() && pages.isEmpty() && agenda.isEmpty() && attendance.isEmpty()
                && decisions.isEmpty() && actions.isEmpty()) {
            return Optional.empty();
        }
        List<Meeting> details = meetings.stream().map(m -> rows.row(MEETING, m).record()).toList();
        List<RecordContext> placed = Stream.of(agenda, attendance, decisions, actions).flatMap(List::stream)
                .map(RecordRow::context).toList();
        String body = first(details, Meeting::body);
        String date = first(details, Meeting::date);
        for (RecordContext c : placed) {
            body = body != null ? body : c.body();
            date = date != null ? date : c.date();
        }
        List<IndexedRecord> located = !pages.isEmpty() ? pages : meetings;
        return Optional.of(new MeetingView(id, body, date, first(details, Meeting::time),
                first(details, Meeting::location), sources(located, placed), agenda, attendance, decisions, actions));
    }

    /**
     * Ids of the index's meetings close to one that is not there: the same body on other dates
     * (nearest first), then other bodies on the same date.
     */
    public List<String> closeIds(String id) throws IndexException {
        String slug = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
        String date = id.contains("/") ? id.substring(id.indexOf('/') + 1) : null;
        Set<String> known = new TreeSet<>();
        MeetingIds ids = rows.ids();
        for (IndexedRecord m : list(RecordSelection.all(new SearchFilters(Set.of("meeting"), null, null)))) {
            if (m.meeting() != null) {
                known.add(ids.resolved(m.meeting(), m.body(), m.path()));
            }
        }
        List<String> sameBody = known.stream().filter(k -> k.startsWith(slug + "/"))
                .sorted(Comparator.comparingLong(k -> distance(date, k.substring(k.indexOf('/') + 1))))
                .toList();
        List<String> sameDay = known.stream().filter(k -> date != null && k.endsWith("/" + date)).toList();
        Set<String> close = new LinkedHashSet<>(sameBody);
        close.addAll(sameDay);
        return close.stream().limit(SUGGESTIONS).toList();
    }

    private static long distance(String a, String b) {
        try {
            return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
        } catch (DateTimeParseException | NullPointerException e) {
            return Long.MAX_VALUE; // an id typed without a date: keep the index's order
        }
    }

    /** The first value a meeting record knows: the agenda and the minutes may each know what the other does not. */
    private static String first(List<Meeting> meetings, Function<Meeting, String> detail) {
        return meetings.stream().map(detail).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Files and pages of the meeting's papers; for a meeting known only from records, where those are. */
    private static List<MeetingSources> sources(List<IndexedRecord> located, List<RecordContext> records) {
        Map<String, Set<Integer>> pages = new LinkedHashMap<>();
        for (IndexedRecord r : located) {
            Set<Integer> ps = pages.computeIfAbsent(r.path(), p -> new TreeSet<>());
            if (r.page() != null) {
                ps.add(r.page());
            }
        }
        if (pages.isEmpty()) {
            for (RecordContext r : records) {
                Set<Integer> ps = pages.computeIfAbsent(r.path(), p -> new TreeSet<>());
                if (r.page() != null) {
                    ps.add(r.page());
                }
            }
        }
        List<MeetingSources> sources = new ArrayList<>();
        pages.forEach((path, ps) -> sources.add(new MeetingSources(path, new TreeSet<>(ps))));
        return sources;
    }

    private <T> List<RecordRow<T>> rows(RecordKind<T> kind, List<IndexedRecord> all) {
        return ofType(all, kind.indexType()).stream().map(r -> rows.row(kind, r)).toList();
    }

    private static List<IndexedRecord> ofType(List<IndexedRecord> records, String type) {
        return records.stream().filter(r -> type.equals(r.type())).toList();
    }

    private List<IndexedRecord> list(RecordSelection selection) throws IndexException {
        try {
            return searcher.records(selection);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("a meeting's records are listed without a query", e);
        }
    }
}
