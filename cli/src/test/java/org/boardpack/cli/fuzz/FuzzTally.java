package org.boardpack.cli.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.boardpack.ingest.IngestException;

/** The outcomes of a fuzz run, counted: parsed, refused by kind, crashed, hung, and the slowest case. */
public final class FuzzTally {

    private int parsed;
    private final Map<String, Integer> refused = new TreeMap<>();
    private final Map<String, Integer> byMutation = new TreeMap<>();
    private final List<String> crashes = new ArrayList<>();
    private final List<String> hangs = new ArrayList<>();
    private final Map<String, Integer> causes = new TreeMap<>();
    private final List<String> unreadable = new ArrayList<>();
    private Duration slowest = Duration.ZERO;
    private String slowestCase = "none";

    public void parsed(FuzzCase c, Duration took) {
        parsed++;
        timed(c, took);
    }

    /**
     * A typed refusal. Its reason must be one line a user can read; the library failure behind it
     * is counted, so a defect of ours (a NullPointerException) passed off as damage shows.
     */
    public void refused(FuzzCase c, IngestException refusal, Duration took) {
        refused.merge(refusal.kind().label(), 1, Integer::sum);
        Throwable cause = refusal.getCause();
        causes.merge(refusal.kind().label() + " <- " + (cause == null ? "our check" : cause.getClass().getSimpleName()),
                1, Integer::sum);
        String line = refusal.oneLine();
        if (line.contains("\n") || line.length() > 400) {
            unreadable.add(c.describe() + ": " + line);
        }
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

    /** Crashes, hangs and unreadable reasons: what a run must not find. */
    public int findings() {
        return crashes.size() + hangs.size() + unreadable.size();
    }

    /** Refusals whose reason is not one short line. */
    public List<String> unreadableReasons() {
        return List.copyOf(unreadable);
    }

    public String summary() {
        int total = parsed + refused.values().stream().mapToInt(Integer::intValue).sum() + crashes.size() + hangs.size();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "fuzz: %d files, %d parsed, %d refused, %d crashed, %d hung%n", total, parsed,
                total - parsed - crashes.size() - hangs.size(), crashes.size(), hangs.size()));
        s.append("refused by kind: ").append(refused.isEmpty() ? "none" : refused).append('\n');
        s.append("refused because of: ").append(causes).append('\n');
        s.append("mutations applied: ").append(byMutation).append('\n');
        s.append(String.format(Locale.ROOT, "slowest: %.2f s (%s)%n", slowest.toMillis() / 1000.0, slowestCase));
        crashes.forEach(c -> s.append("CRASH ").append(c).append('\n'));
        hangs.forEach(h -> s.append("HANG ").append(h).append('\n'));
        unreadable.forEach(u -> s.append("UNREADABLE REASON ").append(u).append('\n'));
        return s.toString();
    }
}
