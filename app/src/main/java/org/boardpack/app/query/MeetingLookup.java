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
import java.util.function.Predicate;
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

    /** The meeting, or empty when no record in the index belongs to it. */
    public Optional<MeetingView> find(String given) throws IndexException {
        MeetingIds ids = rows.ids();
        String id = ids.resolved(given, null, null);
        List<IndexedRecord> meetings = new ArrayList<>();
        List<IndexedRecord> pages = new ArrayList<>();
        List<RecordRow<AgendaItem>> agenda = new ArrayList<>();
        List<RecordRow<Attendance>> attendance = new ArrayList<>();
        List<RecordRow<Decision>> decisions = new ArrayList<>();
        List<RecordRow<Action>> actions = new ArrayList<>();
        // each id a pack may have printed for it; a record is the meeting's when its id resolves to it
        for (String printed : ids.printed(id)) {
            Predicate<IndexedRecord> ours = r -> id.equals(ids.resolved(r.meeting(), r.body(), r.path()));
            list(RecordSelection.ofMeeting(printed, Set.of("meeting"))).stream().filter(ours).forEach(meetings::add);
            list(RecordSelection.ofMeeting(printed, Set.of("page"))).stream().filter(ours).forEach(pages::add);
            agenda.addAll(rows(RecordKind.AGENDA, printed, id));
            attendance.addAll(rows(RecordKind.ATTENDANCE, printed, id));
            decisions.addAll(rows(RecordKind.DECISION, printed, id));
            actions.addAll(rows(RecordKind.ACTION, printed, id));
        }
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

    /** The records of a kind printed under {@code printed} whose meeting resolves to {@code id}. */
    private <T> List<RecordRow<T>> rows(RecordKind<T> kind, String printed, String id) throws IndexException {
        try {
            return rows.list(kind, RecordSelection.ofMeeting(printed, Set.of())).stream()
                    .filter(r -> id.equals(r.context().meeting())).toList();
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("a meeting's records are listed without a query", e);
        }
    }

    private List<IndexedRecord> list(RecordSelection selection) throws IndexException {
        try {
            return searcher.records(selection);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("a meeting's records are listed without a query", e);
        }
    }
}
