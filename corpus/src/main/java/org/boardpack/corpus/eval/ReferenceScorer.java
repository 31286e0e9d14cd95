package org.boardpack.corpus.eval;

import static org.boardpack.corpus.eval.ReferenceText.eq;
import static org.boardpack.corpus.eval.ReferenceText.itemKey;
import static org.boardpack.corpus.eval.ReferenceText.meetingDate;
import static org.boardpack.corpus.eval.ReferenceText.nameKey;
import static org.boardpack.corpus.eval.ReferenceText.norm;
import static org.boardpack.corpus.eval.ReferenceText.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores hand-written answers the way the reference scorer ({@code shared/tools/score.py}) does,
 * rule for rule, so the figures agree: answers may be partial. A record type absent from an answer
 * file is not judged; an empty list is (everything produced is then a false positive); a field
 * absent or empty in an answer record is not judged; meetings marked {@code referenced_only} are
 * ignored on both sides; unknown fields are ignored. Matching: meetings by date; agenda items by
 * (meeting date, item number); attendance by (meeting date, name without honorific); decisions by
 * token Dice ≥ 0.6 within a meeting date, greedy best first; actions from logs by ref (best
 * description first) then by description, from minutes by ref else (item, owner); tables by
 * shared cells and their ICDAR 2013 adjacency relations.
 */
public final class ReferenceScorer implements AnswerScorer {

    static final List<String> TYPES = List.of("meetings", "agenda_items", "attendance", "decisions", "actions",
            "tables");

    private final ReferenceTables tables = new ReferenceTables();

    @Override
    public Map<String, Tally> score(JsonNode answers, JsonNode produced) {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            if (!answers.has(type)) {
                continue;
            }
            List<JsonNode> g = list(answers.get(type));
            List<JsonNode> s = list(produced.get(type));
            Tally t = out.computeIfAbsent(type, k -> new Tally());
            switch (type) {
                case "meetings" -> meetings(g, s, t);
                case "agenda_items" -> byKey(g, s, r -> meetingDate(text(r, "meeting")) + "\u0000"
                        + itemKey(text(r, "number")), t, ReferenceScorer::agendaFields);
                case "attendance" -> byKey(g, s, r -> meetingDate(text(r, "meeting")) + "\u0000"
                        + nameKey(text(r, "name")), t, ReferenceScorer::attendanceFields);
                case "decisions" -> greedy(g, s, (a, b) -> meetingDate(text(a, "meeting"))
                        .equals(meetingDate(text(b, "meeting"))) ? sim(text(a, "text"), text(b, "text")) : 0.0,
                        0.6, t, ReferenceScorer::decisionFields, true);
                case "actions" -> actions(g, s, t, out);
                case "tables" -> tables.score(g, s, t);
                default -> throw new IllegalStateException(type);
            }
        }
        return out;
    }

    private static void meetings(List<JsonNode> g, List<JsonNode> s, Tally t) {
        Set<String> skip = new HashSet<>();
        g.stream().filter(r -> r.path("referenced_only").asBoolean(false)).forEach(r -> skip.add(text(r, "date")));
        byKey(g.stream().filter(r -> !skip.contains(text(r, "date"))).toList(),
                s.stream().filter(r -> !skip.contains(text(r, "date"))).toList(),
                r -> text(r, "date"), t, (a, b, tally) -> {
                    tally.field("body~", sim(text(a, "body"), text(b, "body")) >= 0.6);
                    if (given(a, "time")) {
                        tally.field("time", eq(text(a, "time"), text(b, "time")));
                    }
                });
    }

    private static void actions(List<JsonNode> g, List<JsonNode> s, Tally t, Map<String, Tally> out) {
        for (String source : List.of("action_log", "minutes")) {
            List<JsonNode> gs = g.stream().filter(r -> source.equals(text(r, "source"))).toList();
            List<JsonNode> ss = s.stream().filter(r -> source.equals(text(r, "source"))).toList();
            Tally part = new Tally();
            if (source.equals("action_log")) {
                // rows with a ref pair up within the same ref, best description first; rows without a
                // ref pair up with what is left by description alone
                List<JsonNode> withRef = gs.stream().filter(r -> given(r, "ref")).toList();
                List<JsonNode> withoutRef = gs.stream().filter(r -> !given(r, "ref")).toList();
                Set<Integer> used = greedy(withRef, ss, (a, b) -> !itemKey(text(a, "ref")).equals(itemKey(text(b, "ref")))
                        ? 0.0 : 1 + sim(text(a, "description"), text(b, "description")), 1.0, part,
                        ReferenceScorer::actionFields, false);
                List<JsonNode> left = new ArrayList<>();
                for (int j = 0; j < ss.size(); j++) {
                    if (!used.contains(j)) {
                        left.add(ss.get(j));
                    }
                }
                greedy(withoutRef, left, (a, b) -> sim(text(a, "description"), text(b, "description")), 0.6, part,
                        ReferenceScorer::actionFields, true);
            } else if (gs.stream().anyMatch(r -> given(r, "ref"))) {
                byKey(gs, ss, r -> "ref\u0000" + itemKey(text(r, "ref")), part, ReferenceScorer::actionFields);
            } else {
                byKey(gs, ss, r -> itemKey(text(r, "item")) + "\u0000" + norm(text(r, "owner")), part,
                        ReferenceScorer::actionFields);
            }
            t.add(part);
            out.computeIfAbsent("actions:" + source, k -> new Tally()).add(part);
        }
    }

    private static void agendaFields(JsonNode g, JsonNode s, Tally t) {
        t.field("title~", sim(text(g, "title"), text(s, "title")) >= 0.8);
        if (given(g, "lead")) {
            t.field("lead", sim(text(g, "lead"), text(s, "lead")) >= 0.8);
        }
    }

    private static void attendanceFields(JsonNode g, JsonNode s, Tally t) {
        t.field("status", eq(text(g, "status"), text(s, "status")));
        if (given(g, "role")) {
            t.field("role~", sim(text(g, "role"), text(s, "role")) >= 0.8);
        }
        if (given(g, "initials")) {
            t.field("initials", eq(text(g, "initials"), text(s, "initials")));
        }
        if (given(g, "honorific")) {
            t.field("honorific", eq(text(g, "honorific"), text(s, "honorific")));
        }
    }

    private static void decisionFields(JsonNode g, JsonNode s, Tally t) {
        t.field("text>=0.9", sim(text(g, "text"), text(s, "text")) >= 0.9);
        if (given(g, "kind")) {
            // not in the reference scorer, which leaves kind unjudged; reported beside its fields
            t.field("kind", eq(text(g, "kind"), text(s, "kind")));
        }
        if (given(g, "vote")) {
            t.field("vote", eq(text(g, "vote"), text(s, "vote")));
        }
        if (given(g, "minute_ref")) {
            t.field("minute_ref", itemKey(text(g, "minute_ref")).equals(itemKey(text(s, "minute_ref"))));
        }
        if (given(g, "item")) {
            t.field("item", itemKey(text(g, "item")).equals(itemKey(text(s, "item"))));
        }
    }

    private static void actionFields(JsonNode g, JsonNode s, Tally t) {
        for (String k : List.of("owner", "due", "status", "raised")) {
            if (given(g, k)) {
                t.field(k, eq(text(g, k), text(s, k)));
            }
        }
        if (given(g, "owner_name")) {
            t.field("owner_name", nameKey(text(g, "owner_name")).equals(nameKey(text(s, "owner_name"))));
        }
        if (given(g, "description")) {
            t.field("description>=0.9", sim(text(g, "description"), text(s, "description")) >= 0.9);
        }
        if (given(g, "item") && "minutes".equals(text(g, "source"))) {
            t.field("item", itemKey(text(g, "item")).equals(itemKey(text(s, "item"))));
        }
        if (given(g, "updates")) {
            t.field("updates_count", g.get("updates").size() == s.path("updates").size());
        }
    }

    @FunctionalInterface
    interface Fields {
        void judge(JsonNode expected, JsonNode produced, Tally t);
    }

    @FunctionalInterface
    interface Similarity {
        double of(JsonNode expected, JsonNode produced);
    }

    /** Records with the same key pair up in document order; the rest are missed or spurious. */
    static void byKey(List<JsonNode> g, List<JsonNode> s, Function<JsonNode, String> key, Tally t, Fields fields) {
        Map<String, List<JsonNode>> gold = group(g, key);
        Map<String, List<JsonNode>> sys = group(s, key);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (Map.Entry<String, List<JsonNode>> e : gold.entrySet()) {
            List<JsonNode> gl = e.getValue();
            List<JsonNode> sl = sys.getOrDefault(e.getKey(), List.of());
            int n = Math.min(gl.size(), sl.size());
            tp += n;
            fn += gl.size() - n;
            for (int i = 0; i < n; i++) {
                fields.judge(gl.get(i), sl.get(i), t);
            }
        }
        for (Map.Entry<String, List<JsonNode>> e : sys.entrySet()) {
            fp += Math.max(0, e.getValue().size() - gold.getOrDefault(e.getKey(), List.of()).size());
        }
        t.outcomes(tp, fp, fn);
    }

    /** Best pairs first (ties in answer order), each record used once; returns the produced ones used. */
    static Set<Integer> greedy(List<JsonNode> g, List<JsonNode> s, Similarity score, double threshold, Tally t,
                               Fields fields, boolean countSpurious) {
        record Pair(double score, int i, int j) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                double sc = score.of(g.get(i), s.get(j));
                if (sc >= threshold) {
                    pairs.add(new Pair(sc, i, j));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        for (Pair p : pairs) {
            if (usedG.contains(p.i()) || usedS.contains(p.j())) {
                continue;
            }
            usedG.add(p.i());
            usedS.add(p.j());
            fields.judge(g.get(p.i()), s.get(p.j()), t);
        }
        t.outcomes(usedG.size(), countSpurious ? s.size() - usedS.size() : 0, g.size() - usedG.size());
        return usedS;
    }

    private static Map<String, List<JsonNode>> group(List<JsonNode> records, Function<JsonNode, String> key) {
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        records.forEach(r -> out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return out;
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(out::add);
        }
        return out;
    }

    /** A field's value as text: absent and null read as the empty string, as in the reference. */
    static String text(JsonNode record, String field) {
        JsonNode v = record.get(field);
        return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }

    /** Python truthiness of an answer's field: absent, null, "", 0, false and [] are not given. */
    static boolean given(JsonNode record, String field) {
        JsonNode v = record.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.asText().isEmpty();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.size() > 0;
    }
}
