package org.boardpack.corpus.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The evaluation as a table a person can read. */
public final class EvalReportFormatter {

    public String format(EvalReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "boardpack eval: %d packs, %d pages in %s (%.1f s)%n%n", r.packs(), r.pages(),
                r.gold(), r.seconds()));
        table(sb, r.overall());
        sb.append(String.format("%nField accuracy on matched records%n"));
        for (TypeScore s : r.overall()) {
            if (!s.fields().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %-16s %s%n", s.type(), fields(s.fields())));
            }
        }
        for (Map.Entry<String, EvalReport.ProducerScores> e : r.byProducer().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%nProducer %s: %d packs, %d pages%n", e.getKey(), e.getValue().packs(),
                    e.getValue().pages()));
            table(sb, e.getValue().scores());
        }
        if (!r.failures().isEmpty()) {
            sb.append(String.format("%nPacks that could not be read%n"));
            r.failures().forEach(f -> sb.append("  ").append(f).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<TypeScore> scores) {
        sb.append(String.format(Locale.ROOT, "  %-16s %8s %8s %8s %9s %7s %6s%n", "record", "expected", "produced",
                "matched", "precision", "recall", "F1"));
        for (TypeScore s : scores) {
            sb.append(String.format(Locale.ROOT, "  %-16s %8d %8d %8d %9.3f %7.3f %6.3f%n", s.type(), s.expected(),
                    s.produced(), s.matched(), s.precision(), s.recall(), s.f1()));
        }
    }

    private static String fields(Map<String, FieldScore> fields) {
        return fields.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue().accuracy()))
                .collect(Collectors.joining(", "));
    }
}
