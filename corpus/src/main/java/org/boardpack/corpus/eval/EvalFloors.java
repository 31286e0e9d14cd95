package org.boardpack.corpus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lowest scores the project accepts, recorded in the repository
 * ({@code corpus/eval-floors.json}): an F1 per record type and optionally an accuracy per judged
 * field ({@code "attendance.role": 0.9}). Raised as extraction improves, never lowered.
 */
public record EvalFloors(Map<String, Double> f1, Map<String, Double> fieldAccuracy) {

    public EvalFloors {
        f1 = f1 == null ? Map.of() : new TreeMap<>(f1);
        fieldAccuracy = fieldAccuracy == null ? Map.of() : new TreeMap<>(fieldAccuracy);
    }

    public static EvalFloors read(Path file, ObjectMapper json) throws IOException {
        return json.readValue(file.toFile(), EvalFloors.class);
    }

    /** Every floor the report falls below, one line each; empty when all hold. */
    public List<String> breaches(EvalReport report) {
        List<String> out = new ArrayList<>();
        f1.forEach((type, floor) -> {
            TypeScore s = report.score(type);
            double got = s == null ? 0.0 : s.f1();
            if (got + 1e-9 < floor) {
                out.add(String.format(java.util.Locale.ROOT, "%s F1 %.3f is below its floor %.3f", type, got, floor));
            }
        });
        fieldAccuracy.forEach((key, floor) -> {
            int dot = key.indexOf('.');
            TypeScore s = dot < 0 ? null : report.score(key.substring(0, dot));
            FieldScore f = s == null ? null : s.fields().get(key.substring(dot + 1));
            double got = f == null ? 0.0 : f.accuracy();
            if (got + 1e-9 < floor) {
                out.add(String.format(java.util.Locale.ROOT, "%s accuracy %.3f is below its floor %.3f", key, got, floor));
            }
        });
        return out;
    }
}
