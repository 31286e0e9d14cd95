package org.boardpack.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.boardpack.app.export.RowSource;
import org.boardpack.app.export.RowSources;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;

/**
 * A meeting by its id, gathered from every file that speaks of it: the agenda pack that is for it
 * and the next pack whose minutes record it both hold a meeting record, and each may know details
 * the other does not, so the first known value of each detail is taken.
 */
public final class MeetingLookup {

    private static final int SUGGESTIONS = 8;

    private final PackSearcher searcher;
    private final RowSources rows;
    private final ObjectMapper json;

    public MeetingLookup(PackSearcher searcher, RowSources rows, ObjectMapper json) {
        this.searcher = searcher;
        this.rows = rows;
        this.json = json;
    }

    /** The meeting, or empty when no record in the index belongs to it. */
    public Optional<MeetingView> find(String id) throws IndexException {
        List<IndexedRecord> meetings = list(RecordSelection.ofMeeting(id, Set.of("meeting")));
        List<IndexedRecord> pages = list(RecordSelection.ofMeeting(id, Set.of("page")));
        List<ObjectNode> agenda = rows(rows.agenda(), id);
        List<ObjectNode> attendance = rows(rows.attendance(), id);
        List<ObjectNode> decisions = rows(rows.decisions(), id);
        List<ObjectNode> actions = rows(rows.actions(), id);
        if (meetings.isEmpty() && pages.isEmpty() && agenda.isEmpty() && attendance.isEmpty()
                && decisions.isEmpty() && actions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> details = details(meetings);
        String body = details.get("body");
        String date = details.get("date");
        for (ObjectNode r : Stream.of(agenda, attendance, decisions, actions).flatMap(List::stream).toList()) {
            body = body != null ? body : RowFields.text(r, "body");
            date = date != null ? date : RowFields.text(r, "date");
        }
        List<IndexedRecord> located = !pages.isEmpty() ? pages : meetings;
        return Optional.of(new MeetingView(id, body, date, details.get("time"), details.get("location"),
                sources(located, Stream.of(agenda, attendance, decisions, actions).flatMap(List::stream).toList()),
                agenda, attendance, decisions, actions));
    }

    /**
     * Ids of the index's meetings close to one that is not there: the same body on other dates
     * (nearest first), then other bodies on the same date.
     */
    public List<String> closeIds(String id) throws IndexException {
        String slug = id.contains("/") ? id.substring(0, id.indexOf('/')) : id;
        String date = id.contains("/") ? id.substring(id.indexOf('/') + 1) : null;
        Set<String> known = new TreeSet<>();
        for (IndexedRecord m : list(RecordSelection.all(new SearchFilters(Set.of("meeting"), null, null)))) {
            if (m.meeting() != null) {
                known.add(m.meeting());
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

    private Map<String, String> details(List<IndexedRecord> meetings) {
        Map<String, String> details = new LinkedHashMap<>();
        for (IndexedRecord m : meetings) {
            JsonNode record = parse(m);
            for (String field : List.of("body", "date", "time", "location")) {
                JsonNode v = record.get(field);
                if (v != null && !v.isNull()) {
                    details.putIfAbsent(field, v.asText());
                }
            }
        }
        return details;
    }

    /** Files and pages of the meeting's papers; for a meeting known only from records, where those are. */
    private static List<MeetingSources> sources(List<IndexedRecord> located, List<ObjectNode> records) {
        Map<String, Set<Integer>> pages = new LinkedHashMap<>();
        for (IndexedRecord r : located) {
            Set<Integer> ps = pages.computeIfAbsent(r.path(), p -> new TreeSet<>());
            if (r.page() != null) {
                ps.add(r.page());
            }
        }
        if (pages.isEmpty()) {
            for (ObjectNode r : records) {
                Set<Integer> ps = pages.computeIfAbsent(RowFields.text(r, "path"), p -> new TreeSet<>());
                if (r.hasNonNull("page")) {
                    ps.add(r.get("page").asInt());
                }
            }
        }
        List<MeetingSources> sources = new ArrayList<>();
        pages.forEach((path, ps) -> sources.add(new MeetingSources(path, new TreeSet<>(ps))));
        return sources;
    }

    private List<ObjectNode> rows(RowSource source, String id) throws IndexException {
        try {
            return source.rows(searcher, RecordSelection.ofMeeting(id, Set.of()));
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

    private JsonNode parse(IndexedRecord r) {
        try {
            return json.readTree(r.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored meeting record at " + r.path()
                    + " is not JSON; rebuild the index with 'boardpack ingest --force'", e);
        }
    }
}
