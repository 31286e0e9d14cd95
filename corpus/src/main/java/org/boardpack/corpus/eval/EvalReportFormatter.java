package org.boardpack.corpus.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The evaluation as tables a person can read, headed by what was measured, so that accuracy on
 * real papers and the regression floor on generated packs are never read as one figure.
 */
public final class EvalReportFormatter {

    public String format(EvalReport r) {
        return format(r, false);
    }

    public String format(EvalReport r, boolean perFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "boardpack eval: %s: %d files, %d pages in %s (%.1f s)%n%n",
                r.measure(), r.packs(), r.pages(), r.gold(), r.seconds()));
        table(sb, r.overall());
        sb.append(String.format("%nField accuracy on matched records%n"));
        for (TypeScore s : r.overall()) {
            if (!s.fields().isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %-20s %s%n", s.type(), fields(s.fields())));
            }
        }
        for (Map.Entry<String, EvalReport.ProducerScores> e : r.byProducer().entrySet()) {
            sb.append(String.format(Locale.ROOT, "%nProducer %s: %d files, %d pages%n", e.getKey(), e.getValue().packs(),
                    e.getValue().pages()));
            // a producer's table lists only the types its files have or yield
            table(sb, e.getValue().scores().stream().filter(s -> s.expected() + s.produced() > 0).toList());
        }
        if (perFile) {
            sb.append(String.format("%nPer file (meetings, agenda items, attendance, decisions and actions together)%n"));
            sb.append(String.format(Locale.ROOT, "  %-64s %8s %8s %8s%n", "file", "expected", "produced", "matched"));
            for (EvalReport.FileScore f : r.files()) {
                sb.append(String.format(Locale.ROOT, "  %-64s %8d %8d %8d%n", f.file(), f.expected(), f.produced(),
                        f.matched()));
            }
        }
        List<EvalReport.FileScore> empty = r.files().stream().filter(EvalReport.FileScore::yieldedNothing).toList();
        if (!empty.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nFiles whose answers hold records but that yielded none: %d of %d%n",
                    empty.size(), r.files().size()));
            empty.forEach(f -> sb.append(String.format(Locale.ROOT, "  %s (%d expected)%n", f.file(), f.expected())));
        }
        if (!r.failures().isEmpty()) {
            sb.append(String.format("%nFiles that could not be read%n"));
            r.failures().forEach(f -> sb.append("  ").append(f).append(System.lineSeparator()));
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<TypeScore> scores) {
        sb.append(String.format(Locale.ROOT, "  %-20s %8s %8s %8s %9s %7s %6s%n", "record", "expected", "produced",
                "matched", "precision", "recall", "F1"));
        for (TypeScore s : scores) {
            sb.append(String.format(Locale.ROOT, "  %-20s %8d %8d %8d %9.3f %7.3f %6.3f%n", s.type(), s.expected(),
                    s.produced(), s.matched(), s.precision(), s.recall(), s.f1()));
        }
    }

    private static String fields(Map<String, FieldScore> fields) {
        return fields.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.3f (%d/%d)", e.getKey(), e.getValue().accuracy(),
                        e.getValue().right(), e.getValue().judged()))
                .collect(Collectors.joining(", "));
    }
}
