package org.boardpack.app.register;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.actions.ActionUpdate;

/**
 * Turns the linked snapshots of one body into {@link LinkedAction}s: the latest of each value, the
 * day raised and by which meeting, the first meeting that showed it closed, merged updates, status
 * changes, and whether it is overdue on the as-of day given at construction.
 */
public final class LinkedActionAssembler {

    private final LocalDate asOf;

    public LinkedActionAssembler(LocalDate asOf) {
        this.asOf = asOf;
    }

    List<LinkedAction> assemble(String bodyKey, List<ActionChain> chains) {
        Set<String> ids = new HashSet<>();
        List<LinkedAction> out = new ArrayList<>();
        for (ActionChain c : chains) {
            out.add(assemble(bodyKey, c, ids));
        }
        out.sort(Comparator.comparing(LinkedAction::raised, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LinkedAction::id));
        return out;
    }

    private LinkedAction assemble(String bodyKey, ActionChain chain, Set<String> ids) {
        List<ActionSnapshot> snaps = chain.snapshots();
        List<HistoryEntry> history = new ArrayList<>();
        Map<String, ActionUpdate> updates = new LinkedHashMap<>();
        List<StatusChange> changes = new ArrayList<>();
        ActionStatus lastStatus = null;
        String closed = null;
        for (ActionSnapshot s : snaps) {
            Action a = s.action();
            String date = s.date() == null ? null : s.date().toString();
            history.add(new HistoryEntry(s.meeting(), date, a.source(), s.path(), a.page(), a.ref(),
                    a.description(), a.owner(), a.ownerName(), a.status(), a.statusText(), a.due(), a.updates()));
            if (a.updates() != null) {
                a.updates().forEach(u -> updates.putIfAbsent(u.date() + "\n" + normal(u.text()), u));
            }
            if (a.status() != null) {
                if (lastStatus != null && lastStatus != a.status()) {
                    changes.add(new StatusChange(date, lastStatus, a.status()));
                }
                lastStatus = a.status();
                if (closed == null && a.status() == ActionStatus.CLOSED) {
                    closed = date;
                }
            }
        }
        ActionSnapshot owned = latest(snaps, a -> a.owner() != null || a.ownerName() != null);
        ActionSnapshot statused = latest(snaps, a -> a.status() != null);
        ActionSnapshot raising = raising(snaps);
        String due = value(snaps, Action::due);
        String description = value(snaps, Action::description);
        ActionStatus status = statused == null ? null : statused.action().status();
        List<ActionUpdate> merged = new ArrayList<>(updates.values());
        merged.sort(Comparator.comparing(ActionUpdate::date, Comparator.nullsLast(Comparator.naturalOrder())));
        String raised = raised(raising);
        String body = snaps.stream().map(ActionSnapshot::body).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
        // an id from the first wording stays the same when later papers reword the action
        ActionSnapshot first = snaps.stream().filter(x -> x.action().description() != null).findFirst().orElse(snaps.get(0));
        String firstWording = first.action().description() != null ? first.action().description() : first.action().item();
        return new LinkedAction(id(bodyKey, chain, raised, firstWording, ids), body, bodyKey,
                ref(snaps), value(snaps, Action::item), description,
                owned == null ? null : owned.action().owner(), owned == null ? null : owned.action().ownerName(),
                raised, raising.action().meeting() != null ? raising.action().meeting() : raising.meeting(), due,
                status, statused == null ? null : statused.action().statusText(), closed,
                status != ActionStatus.CLOSED && DueDates.before(due, asOf), merged, changes, history);
    }

    /**
     * The reference as a log's Ref column last printed it (the column holds nothing else), else as the
     * minutes printed it ({@code Action 31}).
     */
    private static String ref(List<ActionSnapshot> snaps) {
        ActionSnapshot logged = latest(snaps, a -> a.ref() != null && a.source() == ActionSource.ACTION_LOG);
        return logged != null ? logged.action().ref() : value(snaps, Action::ref);
    }

    /** The snapshot that tells when the action was raised: the earliest raised day given, else the first paper. */
    private static ActionSnapshot raising(List<ActionSnapshot> snaps) {
        ActionSnapshot best = snaps.get(0);
        for (ActionSnapshot s : snaps) {
            String r = s.action().raised();
            if (r != null && (best.action().raised() == null || r.compareTo(best.action().raised()) < 0)) {
                best = s;
            }
        }
        return best;
    }

    private static String raised(ActionSnapshot raising) {
        if (raising.action().raised() != null) {
            return raising.action().raised();
        }
        return raising.date() == null ? null : raising.date().toString();
    }

    private static String id(String bodyKey, ActionChain chain, String raised, String firstWording, Set<String> ids) {
        String base = chain.refKey() != null ? bodyKey + "/" + chain.refKey() : bodyKey + "/#" + hash(firstWording);
        String id = base;
        if (!ids.add(id)) {
            id = base + "~" + raised;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "~" + raised + "-" + n;
            }
        }
        return id;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static ActionSnapshot latest(List<ActionSnapshot> snaps, Predicate<Action> has) {
        for (int i = snaps.size() - 1; i >= 0; i--) {
            if (has.test(snaps.get(i).action())) {
                return snaps.get(i);
            }
        }
        return null;
    }

    private static <T> T value(List<ActionSnapshot> snaps, Function<Action, T> field) {
        ActionSnapshot s = latest(snaps, a -> field.apply(a) != null);
        return s == null ? null : field.apply(s.action());
    }
}
