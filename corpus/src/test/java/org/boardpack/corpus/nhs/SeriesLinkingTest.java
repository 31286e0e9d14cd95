package org.boardpack.corpus.nhs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.app.register.ActionLinker;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.HistoryEntry;
import org.boardpack.app.register.LinkRules;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.app.register.LinkedActionAssembler;
import org.boardpack.index.register.PackSnapshots;
import org.boardpack.app.register.Wording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linker measured on the generator's monthly series, against the series' own record of which
 * rows are one action ({@link NhsSeries.Sighting}, drawn from its plans, never from our output):
 * precision and recall over pairs of rows, on the packs' known answers so that extraction errors
 * do not blur the linker's. The floors are what the linker reaches today; raise them, never lower.
 */
class SeriesLinkingTest {

    private static final long[] SEEDS = {11L, 12L, 13L};
    private static final int MONTHS = 7;
    private static final List<List<ActionSnapshot>> ROWS = new ArrayList<>();
    private static final List<Map<String, Integer>> TRUTH = new ArrayList<>();

    @BeforeAll
    static void renderSeries() {
        for (long seed : SEEDS) {
            NhsSeries.Series series = NhsSeries.render(seed, MONTHS);
            List<ActionSnapshot> rows = new ArrayList<>();
            for (RenderedPack p : series.packs()) {
                rows.addAll(PackSnapshots.of(p.answers()));
            }
            Map<String, Integer> truth = new HashMap<>();
            for (NhsSeries.Sighting s : series.sightings()) {
                truth.put(key(s.pack() + ".pdf", s.source().name(), s.ref()), s.action());
            }
            ROWS.add(rows);
            TRUTH.add(truth);
        }
    }

    @Test
    void theSeriesReusesReferencesSoTheGuardsAreMeasured() {
        long reused = TRUTH.stream().mapToLong(truth -> {
            Map<String, Set<Integer>> actionsOfRef = new HashMap<>();
            truth.forEach((k, action) -> actionsOfRef.computeIfAbsent(k.substring(k.lastIndexOf('|') + 1),
                    r -> new HashSet<>()).add(action));
            return actionsOfRef.values().stream().filter(a -> a.size() > 1).count();
        }).sum();
        System.out.printf("references reused for another action: %d%n", reused);
        assertTrue(reused > 0);
    }

    @Test
    void byReferenceTheLinkerFindsEveryActionsRowsAndNoOthers() {
        double[] pr = measure(UnaryOperator.identity());
        System.out.printf("linking by reference: precision %.3f recall %.3f%n", pr[0], pr[1]);
        assertTrue(pr[0] >= 1.0 && pr[1] >= 1.0, "precision " + pr[0] + ", recall " + pr[1]);
    }

    @Test
    void withoutReferencesTheWordingAndGuardsStillLinkTheLogsRows() {
        // the minutes of these packs print no description, so without a reference nothing ties them to
        // the log: measured over the logs' rows
        double[] pr = measure(a -> a.source() == ActionSource.ACTION_LOG
                ? new Action(a.source(), a.meeting(), null, a.item(), a.description(), a.owner(), a.ownerName(),
                a.raised(), a.due(), a.status(), a.statusText(), a.updates(), a.page()) : null);
        System.out.printf("linking log rows by wording alone: precision %.3f recall %.3f%n", pr[0], pr[1]);
        assertTrue(pr[0] >= 0.95 && pr[1] >= 0.95, "precision " + pr[0] + ", recall " + pr[1]);
    }

    /**
     * What the thresholds of {@link LinkRules#DEFAULT} were chosen from: the least alike two rows of
     * one action are, against the most alike rows of two actions first worded differently (the
     * generator words recurring tasks alike each month; the guards, not the wording, tell those apart).
     */
    @Test
    void oneActionsWordingsAreFarMoreAlikeThanDistinctActions() {
        double sameLowest = 1;
        double otherHighest = 0;
        for (int i = 0; i < ROWS.size(); i++) {
            Map<String, Integer> truth = TRUTH.get(i);
            List<ActionSnapshot> logged = ROWS.get(i).stream().filter(s -> s.action().description() != null).toList();
            Map<Integer, String> firstWording = new HashMap<>();
            logged.stream().sorted(java.util.Comparator.comparing(ActionSnapshot::date))
                    .forEach(s -> firstWording.putIfAbsent(truth.get(key(s)), s.action().description()));
            for (ActionSnapshot a : logged) {
                for (ActionSnapshot b : logged) {
                    int ta = truth.get(key(a));
                    int tb = truth.get(key(b));
                    double sim = Wording.similarity(a.action().description(), b.action().description());
                    if (ta == tb) {
                        sameLowest = Math.min(sameLowest, sim);
                    } else if (!firstWording.get(ta).equals(firstWording.get(tb))) {
                        otherHighest = Math.max(otherHighest, sim);
                    }
                }
            }
        }
        System.out.printf("wording similarity: one action's rows >= %.3f; distinct actions <= %.3f%n", sameLowest,
                otherHighest);
        assertTrue(sameLowest >= LinkRules.DEFAULT.descriptionLink(), "one action's rewording falls below the link threshold");
        assertTrue(otherHighest < LinkRules.DEFAULT.descriptionLink(), "distinct actions reach the link threshold");
    }

    /** Pair precision and recall of the linker over the rows as rewritten (a row rewritten to null is left out). */
    private static double[] measure(UnaryOperator<Action> rewrite) {
        long truePairs = 0;
        long predicted = 0;
        long both = 0;
        ActionLinker linker = new ActionLinker(LinkRules.DEFAULT, new LinkedActionAssembler(LocalDate.of(2030, 1, 1)));
        for (int i = 0; i < ROWS.size(); i++) {
            Map<String, Integer> truth = TRUTH.get(i);
            List<ActionSnapshot> original = new ArrayList<>();
            List<ActionSnapshot> rows = new ArrayList<>();
            for (ActionSnapshot s : ROWS.get(i)) {
                Action rewritten = rewrite.apply(s.action());
                if (rewritten != null) {
                    rows.add(new ActionSnapshot(numbered(rewritten, original.size()), s.meeting(), s.body(), s.date(),
                            s.path()));
                    original.add(s);
                }
            }
            for (int a = 0; a < original.size(); a++) {
                for (int b = a + 1; b < original.size(); b++) {
                    if (truth.get(key(original.get(a))).equals(truth.get(key(original.get(b))))) {
                        truePairs++;
                    }
                }
            }
            for (LinkedAction action : linker.link(rows)) {
                List<Integer> members = action.history().stream()
                        .map(h -> truth.get(key(original.get(Integer.parseInt(h.statusText().substring(1)))))).toList();
                for (int a = 0; a < members.size(); a++) {
                    for (int b = a + 1; b < members.size(); b++) {
                        predicted++;
                        if (members.get(a).equals(members.get(b))) {
                            both++;
                        }
                    }
                }
            }
        }
        return new double[] {predicted == 0 ? 1 : both / (double) predicted, truePairs == 0 ? 1 : both / (double) truePairs};
    }

    /**
     * The row with its position in the printed status, which the linker never reads, so each history
     * entry names the row it came from even when two rows print alike.
     */
    private static Action numbered(Action a, int n) {
        return new Action(a.source(), a.meeting(), a.ref(), a.item(), a.description(), a.owner(), a.ownerName(),
                a.raised(), a.due(), a.status(), "#" + n, a.updates(), a.page());
    }

    private static String key(ActionSnapshot s) {
        return key(s.path(), s.action().source().name(), s.action().ref());
    }

    private static String key(String path, String source, String ref) {
        return path + "|" + source + "|" + ref;
    }
}
