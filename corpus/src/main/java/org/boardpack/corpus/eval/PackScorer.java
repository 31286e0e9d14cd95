package org.boardpack.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.decisions.Decision;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.meetings.Meeting;

/**
 * Scores one pack's produced record against its answers, record type by record type, with the
 * matching rules of the evaluator (issue 4), kept exactly so figures compare across runs:
 * meetings by date; agenda items by (meeting date, number without punctuation); attendance by
 * (meeting date, case-folded name); decisions by Dice similarity ≥ 0.6 within a meeting, greedy
 * best first, text right at ≥ 0.9; actions from logs by ref, from minutes by ref else
 * (item, owner); papers by (type, first page). A type the answers leave {@code null} is not judged.
 */
public final class PackScorer implements AnswerScorer {

    static final double DECISION_MATCH = 0.6;
    static final double DECISION_TEXT_RIGHT = 0.9;

    private final TableScorer tables = new TableScorer();
    private final ObjectMapper json = BoardpackJson.newMapper();

    @Override
    public Map<String, Tally> score(JsonNode answers, JsonNode produced) {
        try {
            return score(json.treeToValue(answers, PackRecord.class), json.treeToValue(produced, PackRecord.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("answers are not a boardpack/1 record: " + e.getOriginalMessage(), e);
        }
    }

    public Map<String, Tally> score(PackRecord expected, PackRecord produced) {
        Map<String, Tally> out = new LinkedHashMap<>();
        if (expected.meetings() != null) {
            out.put("meetings", keyed(expected.meetings(), produced.meetings(), Meeting::date, List.of(
                    field("body", Meeting::body), field("time", Meeting::time), field("location", Meeting::location))));
        }
        if (expected.documents() != null) {
            out.put("documents", keyed(expected.documents(), produced.documents(),
                    d -> d.type() + "/" + d.firstPage(), List.of(
                            field("last_page", DocumentSpan::lastPage), field("meeting", d -> dateOf(d.meeting())))));
        }
        if (expected.agendaItems() != null) {
            out.put("agenda_items", keyed(expected.agendaItems(), produced.agendaItems(),
                    a -> dateOf(a.meeting()) + "/" + itemKey(a.number()), List.of(
                            field("title", AgendaItem::title), field("lead", AgendaItem::lead),
                            field("time", AgendaItem::time), field("page", AgendaItem::page))));
        }
        if (expected.attendance() != null) {
            out.put("attendance", keyed(expected.attendance(), produced.attendance(),
                    a -> dateOf(a.meeting()) + "/" + fold(a.name()), List.of(
                            field("honorific", Attendance::honorific), field("role", Attendance::role),
                            field("initials", Attendance::initials), field("status", Attendance::status),
                            field("page", Attendance::page))));
        }
        if (expected.decisions() != null) {
            out.put("decisions", decisions(expected.decisions(), nonNull(produced.decisions())));
        }
        if (expected.actions() != null) {
            out.put("actions", keyed(expected.actions(), produced.actions(), PackScorer::actionKey, List.of(
                    field("meeting", a -> dateOf(a.meeting())), field("item", Action::item),
                    field("description", Action::description), field("owner", Action::owner),
                    field("owner_name", Action::ownerName), field("raised", Action::raised), field("due", Action::due),
                    field("status", Action::status), field("status_text", Action::statusText),
                    field("updates", a -> updates(a.updates())), field("page", Action::page))));
        }
        if (expected.tables() != null) {
            tables.score(expected.tables(), nonNull(produced.tables()), out);
        }
        return out;
    }

    private record Field<T>(String name, Function<T, Object> get) {
    }

    private static <T> Field<T> field(String name, Function<T, Object> get) {
        return new Field<>(name, get);
    }

    private static <T, K> Tally keyed(List<T> expected, List<T> produced, Function<T, K> key, List<Field<T>> fields) {
        List<T> got = nonNull(produced);
        List<KeyMatcher.Pair<T>> pairs = KeyMatcher.match(expected, got, key);
        Tally t = new Tally();
        t.counts(expected.size(), got.size(), pairs.size());
        for (KeyMatcher.Pair<T> p : pairs) {
            for (Field<T> f : fields) {
                t.field(f.name(), same(f.get().apply(p.expected()), f.get().apply(p.produced())));
            }
        }
        return t;
    }

    /** Greedy, best pair first, within the same meeting. */
    private static Tally decisions(List<Decision> expected, List<Decision> produced) {
        record Candidate(int e, int p, double sim) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < produced.size(); j++) {
                Decision e = expected.get(i);
                Decision p = produced.get(j);
                if (!Objects.equals(dateOf(e.meeting()), dateOf(p.meeting()))) {
                    continue;
                }
                double sim = TextSimilarity.dice(e.text(), p.text());
                if (sim >= DECISION_MATCH) {
                    candidates.add(new Candidate(i, j, sim));
                }
            }
        }
        candidates.sort((a, b) -> a.sim() != b.sim() ? Double.compare(b.sim(), a.sim())
                : a.e() != b.e() ? Integer.compare(a.e(), b.e()) : Integer.compare(a.p(), b.p()));
        boolean[] usedE = new boolean[expected.size()];
        boolean[] usedP = new boolean[produced.size()];
        Tally t = new Tally();
        int matched = 0;
        for (Candidate c : candidates) {
            if (usedE[c.e()] || usedP[c.p()]) {
                continue;
            }
            usedE[c.e()] = true;
            usedP[c.p()] = true;
            matched++;
            Decision e = expected.get(c.e());
            Decision p = produced.get(c.p());
            t.field("text", c.sim() >= DECISION_TEXT_RIGHT);
            t.field("kind", same(e.kind(), p.kind()));
            t.field("item", same(e.item(), p.item()));
            t.field("minute_ref", same(e.minuteRef(), p.minuteRef()));
            t.field("vote", same(e.vote(), p.vote()));
            t.field("page", same(e.page(), p.page()));
        }
        t.counts(expected.size(), produced.size(), matched);
        return t;
    }

    private static String actionKey(Action a) {
        if (a.source() == ActionSource.ACTION_LOG || a.ref() != null) {
            return a.source() + "/ref/" + normalise(a.ref());
        }
        return a.source() + "/item/" + fold(a.item()) + "/" + fold(a.owner());
    }

    private static Object updates(List<ActionUpdate> updates) {
        if (updates == null) {
            return null;
        }
        return updates.stream().map(u -> u.date() + " " + normalise(u.text())).toList();
    }

    /** The date part of a meeting id ({@code body-slug/2020-11-11}): bodies may be named differently. */
    static String dateOf(String meetingId) {
        if (meetingId == null) {
            return null;
        }
        int slash = meetingId.lastIndexOf('/');
        return slash < 0 ? meetingId : meetingId.substring(slash + 1);
    }

    static String itemKey(String number) {
        return number == null ? "" : number.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    private static String fold(String s) {
        return s == null ? "" : normalise(s).toLowerCase(Locale.ROOT);
    }

    private static boolean same(Object expected, Object produced) {
        if (expected instanceof String e && produced instanceof String p) {
            return normalise(e).equals(normalise(p));
        }
        return Objects.equals(expected, produced);
    }

    static String normalise(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
