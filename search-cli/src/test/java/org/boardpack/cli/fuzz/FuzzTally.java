package org.boardpack.cli.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.ingest.FailureKind;

/** The outcomes of a fuzz run, counted: parsed, refused by kind, crashed, hung, and the slowest case. */
public final class FuzzTally {

    private int parsed;
    private final Map<String, Integer> refused = new TreeMap<>();
    private final Map<String, Integer> byMutation = new TreeMap<>();
    private final List<String> crashes = new ArrayList<>();
    private final List<String> hangs = new ArrayList<>();
    private Duration slowest = Duration.ZERO;
    private String slowestCase = "none";

    public void parsed(FuzzCase c, Duration took) {
        parsed++;
        timed(c, took);
    }

    public void refused(FuzzCase c, FailureKind kind, Duration took) {
        refused.merge(kind.label(), 1, Integer::sum);
        timed(c, took);
    }

    public void crashed(FuzzCase c, Throwable t) {
        counted(c);
        StackTraceElement[] at = t.getStackTrace();
        crashes.add(c.describe() + ": " + t + (at.length > 0 ? " at " + at[0] : ""));
    }

    public void hung(FuzzCase c, Duration limit) {
        counted(c);
        hangs.add(c.describe() + ": still running after " + limit.toSeconds() + " s");
    }

    private void counted(FuzzCase c) {
        c.mutations().forEach(m -> byMutation.merge(m, 1, Integer::sum));
    }

    private void timed(FuzzCase c, Duration took) {
        counted(c);
        if (took.compareTo(slowest) > 0) {
            slowest = took;
            slowestCase = c.describe();
        }
    }

    public List<String> crashes() {
        return List.copyOf(crashes);
    }

    public List<String> hangs() {
        return List.copyOf(hangs);
    }

    public String summary() {
        int total = parsed + refused.values().stream().mapToInt(Integer::intValue).sum() + crashes.size() + hangs.size();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "fuzz: %d files, %d parsed, %d refused, %d crashed, %d hung%n", total, parsed,
                total - parsed - crashes.size() - hangs.size(), crashes.size(), hangs.size()));
        s.append("refused by kind: ").append(refused.isEmpty() ? "none" : refused).append('\n');
        s.append("mutations applied: ").append(byMutation).append('\n');
        s.append(String.format(Locale.ROOT, "slowest: %.2f s (%s)%n", slowest.toMillis() / 1000.0, slowestCase));
        crashes.forEach(c -> s.append("CRASH ").append(c).append('\n'));
        hangs.forEach(h -> s.append("HANG ").append(h).append('\n'));
        return s.toString();
    }
}
